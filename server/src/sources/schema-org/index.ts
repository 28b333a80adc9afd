import { type CheerioAPI, load } from 'cheerio';
import { resolveUrl } from '../build-review.ts';
import type { ExtractResult, FetchedDocument } from '../types.ts';
import { collectReviews } from './collect.ts';
import { dedupeAggregates, dedupeReviews } from './dedupe.ts';
import { parseJsonLd, readJsonLdBlocks } from './json-ld.ts';
import { readMicrodata } from './microdata.ts';
import { readRdfa } from './rdfa.ts';

/**
 * Reads schema.org Review and AggregateRating markup from a page: JSON-LD first, then microdata,
 * then RDFa, with reviews that appear in more than one syntax kept once.
 */
export function extractSchemaOrg(doc: FetchedDocument): ExtractResult {
  const trimmed = doc.body.trimStart();
  // A JSON-LD document served on its own (application/ld+json) rather than inside a page.
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    const parsed = parseJsonLd(trimmed);
    const collected = collectReviews(parsed === undefined ? [] : [parsed], doc.url);
    return {
      reviews: dedupeReviews(collected.reviews),
      aggregates: dedupeAggregates(collected.aggregates),
      nextPageUrl: null,
    };
  }
  const $ = load(doc.body);
  const root = $.root()[0];
  const roots: unknown[] = readJsonLdBlocks($);
  if (root && /itemscope/i.test(doc.body)) roots.push(...readMicrodata(root));
  if (root && /\btypeof\s*=/i.test(doc.body)) roots.push(...readRdfa(root));
  const baseUrl = readBaseUrl($, doc.url);
  const collected = collectReviews(roots, baseUrl);
  return {
    reviews: dedupeReviews(collected.reviews),
    aggregates: dedupeAggregates(collected.aggregates),
    nextPageUrl: readNextPageUrl($, baseUrl),
  };
}

export function readBaseUrl($: CheerioAPI, documentUrl: string | null): string | null {
  const declared = $('base[href]').first().attr('href');
  return declared ? (resolveUrl(declared, documentUrl) ?? documentUrl) : documentUrl;
}

/** Pagination the page announces itself (`<link rel="next">` or `<a rel="next">`). */
export function readNextPageUrl($: CheerioAPI, baseUrl: string | null): string | null {
  const href = $('link[rel~="next" i][href], a[rel~="next" i][href]').first().attr('href');
  const next = href ? resolveUrl(href, baseUrl) : null;
  return next && next !== baseUrl ? next : null;
}
