import type { AggregateRating, NormalizedReview } from '@rebound/shared';
import { buildReview, resolveUrl } from '../build-review.ts';
import { elementText } from '../html-text.ts';
import { toIsoDate } from '../normalize/dates.ts';
import { parseNumber } from '../normalize/number.ts';
import { normalizeRating, type RatingParts } from '../normalize/rating.ts';
import { cleanOptional } from '../normalize/text.ts';
import { firstValue, isLdNode, type LdNode, pick, sourceElements } from './ld-node.ts';

export type NodeLookup = (value: unknown) => unknown;

/** A display name from text, a Person/Organization, or a list of them. */
export function readName(value: unknown, lookup: NodeLookup): string | null {
  if (Array.isArray(value)) {
    const names = value.map((entry) => readName(entry, lookup)).filter((name): name is string => !!name);
    return names.length > 0 ? [...new Set(names)].join(', ') : null;
  }
  const resolved = lookup(value);
  if (!isLdNode(resolved)) return cleanOptional(resolved, { html: 'auto' });
  const named = firstValue(pick(resolved, 'name', 'alternateName', 'legalName'));
  if (typeof named === 'string' && named.trim() !== '') return cleanOptional(named, { html: 'auto' });
  const given = firstValue(resolved.givenName);
  const family = firstValue(resolved.familyName);
  const joined = [given, family].filter((part) => typeof part === 'string' && part.trim()).join(' ');
  if (joined) return cleanOptional(joined);
  const element = sourceElements.get(resolved);
  return element ? cleanOptional(elementText(element)) : null;
}

function readRating(review: LdNode, lookup: NodeLookup): RatingParts {
  const rating = lookup(firstValue(pick(review, 'reviewRating', 'rating')));
  if (isLdNode(rating)) {
    return normalizeRating(
      firstValue(pick(rating, 'ratingValue', 'value', 'average')),
      firstValue(rating.worstRating),
      firstValue(rating.bestRating),
    );
  }
  if (rating !== undefined) return normalizeRating(rating);
  return normalizeRating(
    firstValue(review.ratingValue),
    firstValue(review.worstRating),
    firstValue(review.bestRating),
  );
}

function readIdentifier(value: unknown): string | null {
  const first = firstValue(value);
  if (typeof first === 'string' || typeof first === 'number') return String(first).trim() || null;
  if (isLdNode(first)) return readIdentifier(first.value);
  return null;
}

export function readReviewNode(
  node: LdNode,
  itemName: string | null,
  baseUrl: string | null,
  lookup: NodeLookup,
): NormalizedReview | null {
  const text = cleanOptional(firstValue(pick(node, 'reviewBody', 'description', 'text', 'reviewText')), {
    html: 'auto',
  });
  const rating = readRating(node, lookup);
  const author = readName(pick(node, 'author', 'reviewer', 'creator'), lookup);
  if (text === null && rating.ratingOriginal === null && author === null) return null;
  const url = resolveUrl(firstValue(node.url), baseUrl);
  const id = typeof node['@id'] === 'string' && !node['@id'].startsWith('_:') ? node['@id'] : null;
  return buildReview({
    externalId: id ?? url ?? readIdentifier(node.identifier),
    author,
    rating,
    title: cleanOptional(firstValue(pick(node, 'name', 'headline', 'summary')), { html: 'auto' }),
    text: text ?? '',
    publishedAt: toIsoDate(firstValue(pick(node, 'datePublished', 'dateCreated', 'dtreviewed'))),
    updatedAt: toIsoDate(firstValue(node.dateModified)),
    url,
    itemName,
  });
}

export function readAggregateNode(node: LdNode, itemName: string | null): AggregateRating | null {
  const parts = normalizeRating(
    firstValue(pick(node, 'ratingValue', 'average', 'value')),
    firstValue(node.worstRating),
    firstValue(node.bestRating),
  );
  const ratingCount = parseNumber(firstValue(pick(node, 'ratingCount', 'votes')));
  const reviewCount = parseNumber(firstValue(pick(node, 'reviewCount', 'count')));
  if (parts.ratingOriginal === null && ratingCount === null && reviewCount === null) return null;
  return {
    itemName,
    ratingValue: parts.ratingOriginal,
    rating: parts.rating,
    ratingScale: parts.ratingScale,
    ratingCount,
    reviewCount,
  };
}
