import type { NormalizedReview } from '@rebound/shared';
import { type AscReview, listAscReviews } from '../../sources/app-store-connect/client.ts';
import { listGpReviews } from '../../sources/google-play/client.ts';
import { StoreApiError } from '../../sources/store-api/errors.ts';
import type { HttpFn } from '../../sources/store-api/request.ts';
import { openSourceSecrets } from '../secrets/source-secrets.ts';
import { type StoreKind, storeConfigOf } from '../store-replies/app-store-config.ts';
import { refreshResponseStates } from '../store-replies/refresh-response-states.ts';
import type { ClaimedSource } from './claim-due-sources.ts';
import type { Collected } from './collect-page-source.ts';
import type { Collector, CollectorDeps } from './collectors.ts';

const failed = (message: string, retryAfterMs: number | null = null): Collected => ({
  ok: false,
  message,
  retryAfterMs,
});

// The adapters hand back platform extras (territory, Apple's response); only the normalised fields are stored.
function plain(review: NormalizedReview): NormalizedReview {
  const { externalId, author, rating, ratingOriginal, ratingScale, title, text, language } = review;
  const { publishedAt, updatedAt, url, itemName, ownerReply } = review;
  return {
    externalId,
    author,
    rating,
    ratingOriginal,
    ratingScale,
    title,
    text,
    language,
    publishedAt,
    updatedAt,
    url,
    itemName,
    ownerReply,
  };
}

function storeConfigFor(deps: CollectorDeps, kind: StoreKind, source: ClaimedSource) {
  const config = source.config as { apiBaseUrl?: string; tokenUrl?: string };
  if (!deps.allowEndpointOverrides && (config.apiBaseUrl || config.tokenUrl))
    throw new StoreApiError(
      'invalid',
      'This source names its own API address, which this server does not allow (ALLOW_ENDPOINT_OVERRIDES); remove it or ask the operator.',
    );
  let secrets: ReturnType<typeof openSourceSecrets>;
  try {
    secrets = openSourceSecrets(deps.secretBox, source);
  } catch (error) {
    throw new StoreApiError(
      'auth',
      `The stored credentials could not be read (${(error as Error).message}); enter them again.`,
    );
  }
  return storeConfigOf(kind, source.config, secrets);
}

/**
 * App Store Connect and Google Play sources: every listed review through the platform's API. An App Store poll
 * lists every review, so it is a complete list; a Play poll sees only the last week's.
 */
export function createStoreCollector(
  deps: CollectorDeps,
  kind: StoreKind,
  http: HttpFn,
  opts: { persist?: boolean } = {},
): Collector {
  return async (source) => {
    try {
      const target = storeConfigFor(deps, kind, source);
      let listed: NormalizedReview[];
      let isComplete = false;
      if (target.kind === 'app_store_connect') {
        const result = await listAscReviews(target.cfg, http);
        listed = result.reviews;
        isComplete = result.isComplete;
        if (opts.persist !== false) await refreshResponseStates(deps.db, source, responsesOf(result.reviews));
      } else {
        listed = (await listGpReviews(target.cfg, http)).reviews;
      }
      const tracksRemovals = (source.config as { tracksRemovals?: boolean }).tracksRemovals !== false;
      return {
        ok: true,
        notModified: false,
        reviews: listed.map(plain),
        etag: null,
        lastModified: null,
        isCompleteList: kind === 'app_store_connect' && isComplete && tracksRemovals,
      };
    } catch (error) {
      if (error instanceof StoreApiError) return failed(error.message, error.retryAfterMs ?? null);
      throw error;
    }
  };
}

function responsesOf(reviews: AscReview[]) {
  const map = new Map<string, NonNullable<AscReview['response']>>();
  for (const r of reviews) if (r.externalId && r.response) map.set(r.externalId, r.response);
  return map;
}
