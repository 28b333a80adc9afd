import type { NormalizedReview } from '@rebound/shared';
import { type CheerioAPI, load } from 'cheerio';
import type { Element } from 'domhandler';
import { buildReview } from './build-review.ts';
import { readCssDate, readCssId, readCssRating } from './css-fields.ts';
import { ExtractError } from './errors.ts';
import { elementText, isElement } from './html-text.ts';
import { cleanOptional } from './normalize/text.ts';
import { readBaseUrl, readNextPageUrl } from './schema-org/index.ts';
import type { CssSelectorConfig, ExtractResult, FetchedDocument } from './types.ts';

export type CssField = 'container' | 'author' | 'rating' | 'text' | 'title' | 'date' | 'id';
export type CssPreviewWarning = { field: CssField; message: string };
export type CssPreview = { items: NormalizedReview[]; total: number; warnings: CssPreviewWarning[] };

const optionalFields = ['author', 'rating', 'text', 'title', 'date', 'id'] as const;
type FieldCounts = Record<CssField, { matched: number; unreadable: number }>;
type CssRun = {
  result: ExtractResult;
  containers: number;
  counts: FieldCounts;
  invalid: CssPreviewWarning[];
};

/** Reads reviews from a page with selectors the user configured for it. */
export function extractCss(doc: FetchedDocument, config: CssSelectorConfig): ExtractResult {
  const run = runSelectors(doc, config);
  const [invalid] = run.invalid;
  if (invalid) throw new ExtractError('invalid_config', invalid.message);
  return run.result;
}

/**
 * What the selectors would extract, for the dashboard preview before saving: the first ten
 * reviews and a warning per field that matched nothing or could not be read.
 */
export function previewCss(doc: FetchedDocument, config: CssSelectorConfig, limit = 10): CssPreview {
  const run = runSelectors(doc, config);
  const warnings = [...run.invalid];
  const isInvalid = (field: CssField) => run.invalid.some((warning) => warning.field === field);
  if (run.containers === 0 && !isInvalid('container')) {
    warnings.push({
      field: 'container',
      message: `The container selector "${config.container}" matched nothing.`,
    });
  }
  for (const field of optionalFields) {
    const selector = config[field];
    if (selector === undefined || run.containers === 0 || isInvalid(field)) continue;
    const { matched, unreadable } = run.counts[field];
    if (matched === 0) {
      warnings.push({
        field,
        message: `The ${field} selector "${selector}" matched nothing inside any container.`,
      });
    } else if (matched < run.containers) {
      warnings.push({
        field,
        message: `The ${field} selector matched in ${matched} of ${run.containers} containers.`,
      });
    }
    if (unreadable > 0) {
      warnings.push({
        field,
        message: `The ${field} could not be read in ${unreadable} of ${matched} matches.`,
      });
    }
  }
  return { items: run.result.reviews.slice(0, limit), total: run.result.reviews.length, warnings };
}

function runSelectors(doc: FetchedDocument, config: CssSelectorConfig): CssRun {
  const $ = load(doc.body);
  const invalid = (['container', ...optionalFields] as const)
    .filter((field) => config[field] !== undefined && !isValidSelector($, config[field] ?? ''))
    .map((field) => ({ field, message: `The ${field} selector "${config[field]}" is not valid CSS.` }));
  const counts = Object.fromEntries(
    ['container', ...optionalFields].map((field) => [field, { matched: 0, unreadable: 0 }]),
  ) as FieldCounts;
  const baseUrl = readBaseUrl($, doc.url);
  const empty = { reviews: [], aggregates: [], nextPageUrl: null };
  if (invalid.some((warning) => warning.field === 'container'))
    return { result: empty, containers: 0, counts, invalid };
  const usable = (field: CssField) => !invalid.some((warning) => warning.field === field);
  const containers = $(config.container).toArray().filter(isElement);
  const reviews: NormalizedReview[] = [];
  for (const container of containers) {
    const select = (field: (typeof optionalFields)[number]): Element[] => {
      const selector = config[field];
      if (selector === undefined || !usable(field)) return [];
      const found = selectWithin($, container, selector);
      if (found.length > 0) counts[field].matched += 1;
      return found;
    };
    const review = readContainer(select, config, counts, baseUrl);
    if (review) reviews.push(review);
  }
  const result = { reviews, aggregates: [], nextPageUrl: readNextPageUrl($, baseUrl) };
  return { result, containers: containers.length, counts, invalid };
}

function readContainer(
  select: (field: (typeof optionalFields)[number]) => Element[],
  config: CssSelectorConfig,
  counts: FieldCounts,
  baseUrl: string | null,
): NormalizedReview | null {
  const textElements = select('text');
  const text = textElements.map(elementText).filter(Boolean).join('\n\n');
  const ratingElements = select('rating');
  const rating = readCssRating(ratingElements, config);
  if (ratingElements.length > 0 && !rating) counts.rating.unreadable += 1;
  const dateElement = select('date')[0];
  const date = readCssDate(dateElement);
  if (dateElement && date.iso === null) counts.date.unreadable += 1;
  const { id, url } = readCssId(select('id')[0], baseUrl);
  const authorElement = select('author')[0];
  const author = authorElement ? cleanOptional(elementText(authorElement)) : null;
  const titleElement = select('title')[0];
  if (text === '' && !rating && !author) return null;
  return buildReview({
    externalId: id,
    author,
    rating: rating ?? undefined,
    title: titleElement ? cleanOptional(elementText(titleElement)) : null,
    text,
    publishedAt: date.iso,
    url,
  });
}

function isValidSelector($: CheerioAPI, selector: string): boolean {
  if (selector.trim() === '' || selector.trim() === ':scope') return true;
  try {
    $.root().find(selector);
    return true;
  } catch {
    return false;
  }
}

/** An empty selector or `:scope` means the container itself. */
function selectWithin($: CheerioAPI, container: Element, selector: string): Element[] {
  const trimmed = selector.trim();
  if (trimmed === '' || trimmed === ':scope') return [container];
  return $(container).find(trimmed).toArray();
}
