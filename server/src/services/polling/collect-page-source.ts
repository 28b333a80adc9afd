import type { NormalizedReview } from '@rebound/shared';
import type { FetchOutcome } from '../../net/fetch-document.ts';
import type { Fetcher } from '../../net/fetcher.ts';
import { extractIsolated } from '../../sources/isolated/read-isolated.ts';
import type { CssSelectorConfig, ExtractResult } from '../../sources/types.ts';
import type { ClaimedSource } from './claim-due-sources.ts';

export type Collected =
  | {
      ok: true;
      notModified: boolean;
      reviews: NormalizedReview[];
      etag: string | null;
      lastModified: string | null;
      isCompleteList: boolean;
    }
  | {
      ok: false;
      message: string;
      retryAfterMs: number | null;
      /** The platform no longer accepts the stored grant: waiting will not help, the owner must reconnect. */
      needsReconnect?: boolean;
    };

const MAX_PAGES = 10;

/** robots.txt speaks to crawlers of pages; feeds and APIs are published to be fetched. */
function scrapesPages(kind: string): boolean {
  return kind === 'schema_org' || kind === 'css';
}

const fail = (message: string, retryAfterMs: number | null = null): Collected => ({
  ok: false,
  message,
  retryAfterMs,
});

function readPage(
  source: ClaimedSource,
  outcome: FetchOutcome & { ok: true },
  page: number,
): Promise<ExtractResult> {
  const config = source.config as { css?: CssSelectorConfig };
  const doc = { body: outcome.body, url: outcome.url, contentType: outcome.contentType };
  // Apple's "next" link in its JSON feed points at the XML form of the next page: read later pages by what they are.
  const isApple = source.kind === 'apple_json' || source.kind === 'apple_atom';
  return extractIsolated(doc, page > 1 && isApple ? undefined : source.kind, config.css);
}

/**
 * Fetch a page-like source (and its next pages) and run its adapter over the bytes. The first page decides
 * success; a later page that fails ends the walk with what was read, and the list then counts as partial.
 */
export async function collectPageSource(source: ClaimedSource, fetcher: Fetcher): Promise<Collected> {
  if (!source.url) return fail('This source has no address to fetch');
  const config = source.config as { tracksRemovals?: boolean };
  const reviews: NormalizedReview[] = [];
  let url: string | null = source.url;
  let etag: string | null = null;
  let lastModified: string | null = null;
  let pages = 0;
  let isPartial = false;
  while (url && pages < MAX_PAGES) {
    pages++;
    const first = pages === 1;
    const policy = {
      respectRobots: scrapesPages(source.kind),
      ...(first ? { etag: source.etag, lastModified: source.lastModified } : {}),
    };
    const outcome: FetchOutcome = await fetcher(url, policy);
    if (!outcome.ok) {
      if (first) return fail(outcome.error.message, outcome.error.retryAfterMs ?? null);
      isPartial = true;
      break;
    }
    if (first && outcome.notModified) {
      return {
        ok: true,
        notModified: true,
        reviews: [],
        etag: source.etag,
        lastModified: source.lastModified,
        isCompleteList: false,
      };
    }
    if (first) ({ etag, lastModified } = outcome);
    let result: ExtractResult;
    try {
      result = await readPage(source, outcome, pages);
    } catch (error) {
      if (first) return fail(`The page could not be read: ${(error as Error).message}`);
      isPartial = true;
      break;
    }
    // An error page or a redesign looks like "no reviews"; on a complete list that would mark every review removed.
    if (first && scrapesPages(source.kind) && !result.reviews.length && !result.aggregates.length) {
      return fail(noMarkupMessage(source.kind));
    }
    reviews.push(...result.reviews);
    url = result.nextPageUrl && result.nextPageUrl !== url ? result.nextPageUrl : null;
  }
  // Feeds and paged lists show a window, so a review missing from them was not necessarily removed.
  const isCompleteList = config.tracksRemovals === true && pages === 1 && !url && !isPartial;
  return { ok: true, notModified: false, reviews, etag, lastModified, isCompleteList };
}

function noMarkupMessage(kind: string): string {
  return kind === 'css'
    ? 'The review selectors matched nothing on the page; it may have changed. No review was marked removed.'
    : 'The page has no schema.org review markup any more (or an error page was served). No review was marked removed.';
}
