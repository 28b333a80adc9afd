import { httpOverFetcher } from '../../net/fetcher.ts';
import { facebookGraphBase } from '../../sources/facebook/config.ts';
import { FbError } from '../../sources/facebook/graph.ts';
import { listFacebookRatings } from '../../sources/facebook/ratings.ts';
import type { Collected } from './collect-page-source.ts';
import { type Collector, type CollectorDeps, readSecrets } from './collectors.ts';

/** A Facebook Page's recommendations, every page of them, read with the Page token from Facebook Login. */
export function createFacebookCollector(deps: CollectorDeps): Collector {
  return async (source): Promise<Collected> => {
    const config = source.config as { pageId?: unknown; apiBaseUrl?: unknown; tracksRemovals?: boolean };
    const secrets = readSecrets(deps, source);
    if (typeof secrets === 'string') return { ok: false, message: secrets, retryAfterMs: null };
    if (typeof config.pageId !== 'string' || !secrets.accessToken)
      return {
        ok: false,
        message: 'This Facebook Page is not connected. Reconnect Facebook to watch it again.',
        retryAfterMs: null,
        needsReconnect: true,
      };
    try {
      const reviews = await listFacebookRatings(
        httpOverFetcher(deps.fetcher),
        facebookGraphBase(config),
        config.pageId,
        secrets.accessToken,
      );
      return {
        ok: true,
        notModified: false,
        reviews,
        etag: null,
        lastModified: null,
        isCompleteList: config.tracksRemovals !== false,
      };
    } catch (error) {
      if (!(error instanceof FbError)) throw error;
      return {
        ok: false,
        message: error.message,
        retryAfterMs: error.retryAfterMs ?? null,
        ...(error.code === 'auth' ? { needsReconnect: true } : {}),
      };
    }
  };
}
