import type { SourceKind } from '@rebound/shared';
import { extractAppleJson, readAppleFeed } from './apple-json.ts';
import { extractCss } from './css.ts';
import { ExtractError } from './errors.ts';
import { extractFeed, isAppleAtom } from './feed.ts';
import { extractSchemaOrg } from './schema-org/index.ts';
import type { CssSelectorConfig, ExtractResult, FetchedDocument } from './types.ts';
import { extractYelp, isYelpBusiness, isYelpReviews } from './yelp.ts';

const feedRoot =
  /^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*|<\?[^>]*>\s*)*<(?:[a-z]+:)?(rss|feed|RDF)\b/i;
const schemaMarkers = /application\/ld\+json|\bitemscope\b|\btypeof\s*=|schema\.org|data-vocabulary\.org/i;

function parseJson(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}

/** Recognises what a fetched document is, or null when no adapter can read it unaided. */
export function detectKind(doc: FetchedDocument): SourceKind | null {
  const body = doc.body.replace(/^\uFEFF/, '').trimStart();
  if (body.startsWith('{') || body.startsWith('[')) {
    const parsed = parseJson(body);
    if (parsed === undefined) return null;
    if (readAppleFeed(parsed)) return 'apple_json';
    if (isYelpReviews(parsed) || isYelpBusiness(parsed)) return 'yelp';
    return /schema\.org/i.test(body.slice(0, 2000)) || /"@type"/.test(body) ? 'schema_org' : null;
  }
  const head = body.slice(0, 4000);
  if (feedRoot.test(head)) return isAppleAtom(head) ? 'apple_atom' : 'feed';
  if (body.startsWith('<') && schemaMarkers.test(body)) return 'schema_org';
  return null;
}

/**
 * Turns a fetched document into reviews with the adapter for `kind` (detected when omitted).
 * Throws ExtractError, with a message fit for the UI, when the document cannot be read.
 */
export function extract(doc: FetchedDocument, kind?: SourceKind, config?: CssSelectorConfig): ExtractResult {
  const chosen = kind ?? (config ? 'css' : detectKind(doc));
  switch (chosen) {
    case 'schema_org':
      return extractSchemaOrg(doc);
    case 'css':
      if (!config)
        throw new ExtractError('missing_config', 'A CSS source needs its selectors configured first.');
      return extractCss(doc, config);
    case 'feed':
    case 'apple_atom':
      return extractFeed(doc);
    case 'apple_json':
      return extractAppleJson(doc);
    case 'yelp':
      return extractYelp(doc);
    case 'google':
    case 'app_store_connect':
    case 'google_play':
    case 'facebook':
    case 'csv':
    case 'webhook':
      throw new ExtractError(
        'unsupported_kind',
        `Reviews from a ${chosen} source are not read from a fetched page.`,
      );
    case null:
      throw new ExtractError(
        'unrecognised_content',
        doc.body.trim() === ''
          ? 'The document is empty.'
          : 'No reviews could be recognised: this is not a review feed, a known review API response, or a page with schema.org review markup. Try CSS selectors instead.',
      );
  }
}
