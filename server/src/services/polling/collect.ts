import type { NormalizedReview } from '@rebound/shared';
import type { FetchOutcome, FetchPolicy } from '../../net/fetch-document.ts';
import { extract } from '../../sources/detect.ts';
import type { CssSelectorConfig } from '../../sources/types.ts';
import type { ClaimedSource } from './claim-due-sources.ts';

export type Fetcher = (url: string, policy: Partial<FetchPolicy>) => Promise<FetchOutcome>;

export type Collected =
  | {
      ok: true;
      notModified: boolean;
      reviews: NormalizedReview[];
      etag: string | null;
      lastModified: string | null;
      isCompleteList: boolean;
    }
  | { ok: false; message: string; retryAfterMs: number | null };

const MAX_PAGES = 10;

/** robots.txt speaks to crawlers of pages; feeds and APIs are published to be fetched. */
export function scrapesPages(kind: string): boolean {
  return kind === 'schema_org' || kind === 'css';
}

/** Fetch a page-like source (and its next pages) and run its adapter over the bytes. */
export async function collectPageSource(source: ClaimedSource, fetcher: Fetcher): Promise<Collected> {
  if (!source.url) return { ok: false, message: 'This source has no address to fetch', retryAfterMs: null };
  const config = source.config as { css?: CssSelectorConfig; tracksRemovals?: boolean };
  const reviews: NormalizedReview[] = [];
  let url: string | null = source.url;
  let first = true;
  let etag: string | null = null;
  let lastModified: string | null = null;
  let pages = 0;
  while (url && pages < MAX_PAGES) {
    pages++;
    const policy = {
      respectRobots: scrapesPages(source.kind),
      ...(first ? { etag: source.etag, lastModified: source.lastModified } : {}),
    };
    const outcome: FetchOutcome = await fetcher(url, policy);
    if (!outcome.ok)
      return { ok: false, message: outcome.error.message, retryAfterMs: outcome.error.retryAfterMs ?? null };
    if (first) {
      if (outcome.notModified)
        return {
          ok: true,
          notModified: true,
          reviews: [],
          etag: source.etag,
          lastModified: source.lastModified,
          isCompleteList: false,
        };
      etag = outcome.etag;
      lastModified = outcome.lastModified;
    }
    first = false;
    try {
      const result = extract(
        { body: outcome.body, url: outcome.url, contentType: outcome.contentType },
        source.kind,
        config.css,
      );
      // An error page or a redesign looks like "no reviews"; on a complete list that would mark every review removed.
      if (pages === 1 && scrapesPages(source.kind) && !result.reviews.length && !result.aggregates.length) {
        return { ok: false, message: noMarkupMessage(source.kind), retryAfterMs: null };
      }
      reviews.push(...result.reviews);
      url = result.nextPageUrl && result.nextPageUrl !== url ? result.nextPageUrl : null;
    } catch (error) {
      return {
        ok: false,
        message: `The page could not be read: ${(error as Error).message}`,
        retryAfterMs: null,
      };
    }
  }
  // Feeds and paged lists show a window, so a review missing from them was not necessarily removed.
  const isCompleteList = config.tracksRemovals === true && pages === 1 && !url;
  return { ok: true, notModified: false, reviews, etag, lastModified, isCompleteList };
}

function noMarkupMessage(kind: string): string {
  return kind === 'css'
    ? 'The review selectors matched nothing on the page; it may have changed. No review was marked removed.'
    : 'The page has no schema.org review markup any more (or an error page was served). No review was marked removed.';
}
