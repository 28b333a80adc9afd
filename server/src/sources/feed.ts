import type { NormalizedReview } from '@rebound/shared';
import { buildReview, resolveUrl } from './build-review.ts';
import { ExtractError } from './errors.ts';
import { toIsoDate } from './normalize/dates.ts';
import { normalizeRating, type RatingParts } from './normalize/rating.ts';
import { cleanOptional, cleanText } from './normalize/text.ts';
import type { ExtractResult, FetchedDocument } from './types.ts';
import { asList, attributeOf, isXmlNode, linkHref, parseXml, textOf, type XmlNode } from './xml.ts';

const appleNamespace = /xmlns:im\s*=\s*["']https?:\/\/itunes\.apple\.com\/rss/i;

/** An Apple App Store customer-reviews feed in its Atom form. */
export function isAppleAtom(body: string): boolean {
  return appleNamespace.test(body.slice(0, 4000));
}

/** Reads RSS 2.0, RSS 1.0 (RDF) and Atom feeds, including Apple's App Store review feed. */
export function extractFeed(doc: FetchedDocument): ExtractResult {
  const parsed = parseXml(doc.body);
  const atom = parsed && isXmlNode(parsed.feed) ? parsed.feed : null;
  if (atom) return readAtom(atom, doc, isAppleAtom(doc.body));
  const rss = parsed && isXmlNode(parsed.rss) ? parsed.rss : null;
  const rdf = parsed && isXmlNode(parsed.RDF) ? parsed.RDF : null;
  const channel = rss && isXmlNode(rss.channel) ? rss.channel : rdf;
  if (!channel) throw new ExtractError('invalid_content', 'This document is not an RSS or Atom feed.');
  const items = asList(channel.item ?? rdf?.item).filter(isXmlNode);
  const reviews = items.map((item) => readRssItem(item, doc.url));
  return { reviews, aggregates: [], nextPageUrl: nextLink(channel.link, reviews.length, doc.url) };
}

function readAtom(feed: XmlNode, doc: FetchedDocument, isApple: boolean): ExtractResult {
  const entries = asList(feed.entry).filter(isXmlNode);
  // Older Apple feeds open with an entry describing the app itself: no rating, but its name.
  const appEntry = isApple
    ? entries.find((entry) => entry.name !== undefined && entry.rating === undefined)
    : null;
  const itemName = appEntry ? cleanOptional(textOf(appEntry.name)) : null;
  const reviews: NormalizedReview[] = [];
  for (const entry of entries) {
    if (isApple && entry.rating === undefined) continue;
    reviews.push(readAtomEntry(entry, doc.url, isApple, itemName));
  }
  return { reviews, aggregates: [], nextPageUrl: nextLink(feed.link, reviews.length, doc.url) };
}

function readAtomEntry(entry: XmlNode, base: string | null, isApple: boolean, itemName: string | null) {
  const contents = asList(entry.content);
  const plain = contents.find((content) => attributeOf(content, 'type') === 'text');
  const chosen = plain ?? contents[0] ?? entry.summary;
  const contentType = attributeOf(chosen, 'type') ?? 'text';
  const published = toIsoDate(textOf(entry.published));
  const updated = toIsoDate(textOf(entry.updated));
  const authorNode = asList(entry.author)[0];
  const link = linkHref(entry.link, isApple ? 'related' : 'alternate') ?? linkHref(entry.link, 'related');
  return buildReview({
    externalId: cleanOptional(textOf(entry.id)),
    author: isXmlNode(authorNode)
      ? cleanOptional(textOf(authorNode.name))
      : cleanOptional(textOf(authorNode)),
    rating: readFeedRating(entry, textOf(entry.title)),
    title: cleanOptional(textOf(entry.title), { html: attributeOf(entry.title, 'type') === 'html' }),
    text: cleanText(textOf(chosen), { html: contentType !== 'text' }),
    // Apple's per-entry <updated> is when the review was written; it has no <published>.
    publishedAt: published ?? updated,
    updatedAt: published ? updated : null,
    url: resolveUrl(link, base),
    itemName,
  });
}

function readRssItem(item: XmlNode, base: string | null): NormalizedReview {
  const body = textOf(item.encoded) || textOf(item.description);
  const link = asList(item.link).find((entry) => typeof entry === 'string');
  const url = resolveUrl(link, base);
  return buildReview({
    externalId: cleanOptional(textOf(item.guid)) ?? url,
    author: readRssAuthor(textOf(item.creator) || textOf(item.author)),
    rating: readFeedRating(item, textOf(item.title)),
    title: cleanOptional(textOf(item.title), { html: 'auto' }),
    text: cleanText(body, { html: 'auto' }),
    publishedAt: toIsoDate(textOf(item.pubDate) || textOf(item.date)),
    url,
  });
}

/** RSS <author> is "email (Name)"; show the name, never the address alone. */
function readRssAuthor(value: string): string | null {
  const named = /\(([^)]+)\)\s*$/.exec(value);
  if (named?.[1]) return cleanOptional(named[1]);
  return /^\S+@\S+$/.test(value.trim()) ? null : cleanOptional(value);
}

function readFeedRating(entry: XmlNode, title: string): RatingParts {
  const rating = asList(entry.rating)[0];
  if (isXmlNode(rating) && typeof rating['@_value'] === 'string') {
    return normalizeRating(rating['@_value'], rating['@_min'], rating['@_max']);
  }
  if (rating !== undefined) return normalizeRating(textOf(rating));
  // Some review feeds only show the rating as stars at the start of the title.
  const stars = /^\s*([★☆⭐]+)/u.exec(title);
  return normalizeRating(stars?.[1]);
}

function nextLink(links: unknown, entryCount: number, documentUrl: string | null): string | null {
  if (entryCount === 0) return null;
  const next = resolveUrl(linkHref(links, 'next'), documentUrl);
  const self = resolveUrl(linkHref(links, 'self'), documentUrl);
  return next && next !== self && next !== documentUrl ? next : null;
}
