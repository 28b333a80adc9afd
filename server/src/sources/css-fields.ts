import type { Element } from 'domhandler';
import { resolveUrl } from './build-review.ts';
import { elementText } from './html-text.ts';
import { toIsoDate } from './normalize/dates.ts';
import { normalizeRating, parseRatingValue, type RatingParts } from './normalize/rating.ts';
import type { CssSelectorConfig } from './types.ts';

const ratingAttributes = [
  'data-rating',
  'data-score',
  'data-value',
  'aria-label',
  'title',
  'content',
  'value',
  'alt',
];
const ratingClass = /(?:^|[-_])(?:stars?|rating|rated|score)[-_]?(\d+(?:[._]\d+)?)$/i;

/**
 * The rating shown by the matched elements: the configured attribute, else the text, common
 * attributes, a class such as `stars-4` or `rating-45`, and finally the number of matched star
 * icons. Returns null when nothing reads as a rating.
 */
export function readCssRating(elements: Element[], config: CssSelectorConfig): RatingParts | null {
  const [first] = elements;
  if (!first) return null;
  const scale = (value: unknown) => normalizeRating(value, config.ratingWorst, config.ratingBest);
  if (config.ratingAttribute) {
    const attribute = first.attribs[config.ratingAttribute];
    if (attribute === undefined) return null;
    const parts = config.ratingAttribute === 'class' ? readRatingClass(attribute, config) : scale(attribute);
    return parts && parts.ratingOriginal !== null ? parts : null;
  }
  const candidates = [elementText(first), ...ratingAttributes.map((name) => first.attribs[name])];
  for (const candidate of candidates) {
    if (candidate && parseRatingValue(candidate)) return scale(candidate);
  }
  const fromClass = readRatingClass(first.attribs.class ?? '', config);
  if (fromClass) return fromClass;
  // Several matches and no number: the selector points at filled star icons, so count them.
  return elements.length > 1 ? scale(elements.length) : null;
}

function readRatingClass(classes: string, config: CssSelectorConfig): RatingParts | null {
  const best = config.ratingBest ?? 5;
  for (const token of classes.split(/\s+/)) {
    const match = ratingClass.exec(token);
    if (!match?.[1]) continue;
    let value = Number(match[1].replace('_', '.'));
    // "rating-45" is 4.5 stars written without the dot.
    if (value > best && value / 10 <= best) value /= 10;
    return normalizeRating(value, config.ratingWorst, config.ratingBest);
  }
  return null;
}

export function readCssDate(element: Element | undefined): { iso: string | null; raw: string | null } {
  if (!element) return { iso: null, raw: null };
  const { attribs } = element;
  const raw =
    attribs.datetime ?? attribs.content ?? attribs['data-date'] ?? attribs.title ?? elementText(element);
  return { iso: toIsoDate(raw) ?? toIsoDate(elementText(element)), raw };
}

export function readCssId(
  element: Element | undefined,
  base: string | null,
): { id: string | null; url: string | null } {
  if (!element) return { id: null, url: null };
  const { attribs } = element;
  const url = attribs.href ? resolveUrl(attribs.href, base) : null;
  const id = attribs['data-review-id'] ?? attribs['data-id'] ?? attribs.id ?? url ?? attribs.content;
  const text = id ?? elementText(element);
  return { id: text.trim() === '' ? null : text.trim(), url };
}
