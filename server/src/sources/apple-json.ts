import type { NormalizedReview } from '@rebound/shared';
import { buildReview, resolveUrl } from './build-review.ts';
import { ExtractError } from './errors.ts';
import { toIsoDate } from './normalize/dates.ts';
import { normalizeRating } from './normalize/rating.ts';
import { cleanOptional, cleanText } from './normalize/text.ts';
import type { ExtractResult, FetchedDocument } from './types.ts';

type Json = Record<string, unknown>;

function isJson(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Apple wraps every value as {label}; some carry attributes too. */
function label(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (isJson(value) && typeof value.label === 'string') return value.label;
  return null;
}

function asList(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** Parses the body as Apple's customer-reviews JSON and returns its `feed`, or null. */
export function readAppleFeed(body: string | unknown): Json | null {
  let parsed: unknown = body;
  if (typeof body === 'string') {
    try {
      parsed = JSON.parse(body);
    } catch {
      return null;
    }
  }
  return isJson(parsed) && isJson(parsed.feed) ? parsed.feed : null;
}

/**
 * Reads Apple's App Store customer-reviews feed in its JSON form. `feed.entry` is a list, a single
 * object when there is one review, or absent when there are none; entries have no date of their
 * own in most captures, so publishedAt stays null unless an entry carries `updated`.
 */
export function extractAppleJson(doc: FetchedDocument): ExtractResult {
  const feed = readAppleFeed(doc.body);
  if (!feed)
    throw new ExtractError('invalid_content', 'This is not an App Store customer-reviews JSON feed.');
  const entries = asList(feed.entry).filter(isJson);
  const appEntry = entries.find(
    (entry) => entry['im:name'] !== undefined && entry['im:rating'] === undefined,
  );
  const itemName = appEntry ? cleanOptional(label(appEntry['im:name'])) : null;
  const reviews = entries
    .filter((entry) => entry['im:rating'] !== undefined)
    .map((entry) => readEntry(entry, itemName, doc.url));
  return { reviews, aggregates: [], nextPageUrl: readNextLink(feed, reviews.length, doc.url) };
}

function readEntry(entry: Json, itemName: string | null, base: string | null): NormalizedReview {
  const author = isJson(entry.author) ? label(entry.author.name) : null;
  const contents = asList(entry.content).filter(isJson);
  const plain = contents.find((content) => !isJson(content.attributes) || content.attributes.type !== 'html');
  const chosen = plain ?? contents[0];
  const isHtml = isJson(chosen?.attributes) && chosen.attributes.type === 'html';
  const link = asList(entry.link).find(isJson);
  const href = link && isJson(link.attributes) ? link.attributes.href : null;
  return buildReview({
    externalId: cleanOptional(label(entry.id)),
    author: cleanOptional(author),
    rating: normalizeRating(label(entry['im:rating'])),
    title: cleanOptional(label(entry.title)),
    text: cleanText(label(chosen) ?? '', { html: isHtml }),
    publishedAt: toIsoDate(label(entry.updated)),
    url: resolveUrl(href, base),
    itemName,
  });
}

function readNextLink(feed: Json, reviewCount: number, documentUrl: string | null): string | null {
  if (reviewCount === 0) return null;
  let next: string | null = null;
  let self: string | null = null;
  for (const link of asList(feed.link)) {
    const attributes = isJson(link) && isJson(link.attributes) ? link.attributes : null;
    if (!attributes || typeof attributes.href !== 'string') continue;
    if (attributes.rel === 'next') next = resolveUrl(attributes.href, documentUrl);
    if (attributes.rel === 'self') self = resolveUrl(attributes.href, documentUrl);
  }
  return next && next !== self && next !== documentUrl ? next : null;
}
