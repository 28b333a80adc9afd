import { and, eq } from 'drizzle-orm';
import type { SecretBox } from '../../crypto/secret-box.ts';
import type { Db } from '../../db/client.ts';
import { sources } from '../../db/schema/index.ts';
import { type Fetcher, httpOverFetcher } from '../../net/fetcher.ts';
import { isExtractError } from '../../sources/errors.ts';
import { createGbpConfig, type GbpTokens, listGbpReviews } from '../../sources/google/client.ts';
import { GbpError } from '../../sources/google/errors.ts';
import { extractIsolated } from '../../sources/isolated/read-isolated.ts';
import { openSourceSecrets, type SourceSecrets, sealSourceSecrets } from '../secrets/source-secrets.ts';
import type { ClaimedSource } from './claim-due-sources.ts';
import type { Collected } from './collect-page-source.ts';
import { createStoreCollector } from './create-store-collector.ts';
import { createFacebookCollector } from './facebook-collector.ts';

export type Collector = (source: ClaimedSource) => Promise<Collected>;
export type CollectorDeps = {
  db: Db;
  fetcher: Fetcher;
  secretBox: SecretBox | undefined;
  /** ALLOW_ENDPOINT_OVERRIDES: whether a source may name its own API address instead of the platform's. */
  allowEndpointOverrides: boolean;
};

type ApiConfig = {
  businessId?: string;
  accountId?: string;
  googleLocationId?: string;
  clientId?: string;
  apiBaseUrl?: string;
  tokenUrl?: string;
  tracksRemovals?: boolean;
};

const failed = (message: string, retryAfterMs: number | null = null): Collected => ({
  ok: false,
  message,
  retryAfterMs,
});

export function readSecrets(deps: CollectorDeps, source: ClaimedSource): SourceSecrets | string {
  const config = source.config as ApiConfig;
  // A source saved while overrides were allowed is not polled at its own address once they are switched off.
  if (!deps.allowEndpointOverrides && (config.apiBaseUrl || config.tokenUrl))
    return 'This source names its own API address, which this server does not allow (ALLOW_ENDPOINT_OVERRIDES); remove it or ask the operator.';
  try {
    return openSourceSecrets(deps.secretBox, source);
  } catch (error) {
    return `The stored credentials could not be read (${(error as Error).message}); enter them again.`;
  }
}

/** Google Business Profile: every page of reviews, with a refreshed access token written back encrypted. */
export function createGoogleCollector(deps: CollectorDeps, opts: { persist?: boolean } = {}): Collector {
  return async (source) => {
    const config = source.config as ApiConfig;
    const secrets = readSecrets(deps, source);
    if (typeof secrets === 'string') return failed(secrets);
    if (
      !config.accountId ||
      !config.googleLocationId ||
      !config.clientId ||
      !secrets.clientSecret ||
      !secrets.refreshToken
    ) {
      return failed('This Google source is missing its account, location or OAuth credentials.');
    }
    const cfg = createGbpConfig({
      clientId: config.clientId,
      clientSecret: secrets.clientSecret,
      ...(config.apiBaseUrl ? { apiBaseUrl: config.apiBaseUrl } : {}),
      ...(config.tokenUrl ? { tokenUrl: config.tokenUrl } : {}),
    });
    const tokens: GbpTokens = {
      refreshToken: secrets.refreshToken,
      accessToken: secrets.accessToken ?? null,
      expiresAt: secrets.accessTokenExpiresAt ?? null,
    };
    try {
      const listed = await listGbpReviews(
        cfg,
        tokens,
        { accountId: config.accountId, locationId: config.googleLocationId },
        httpOverFetcher(deps.fetcher),
      );
      if (opts.persist !== false && deps.secretBox && listed.tokens.accessToken !== tokens.accessToken) {
        await storeTokens(deps, source, secrets, listed.tokens);
      }
      const isWhole = listed.totalReviewCount === null || listed.reviews.length >= listed.totalReviewCount;
      return {
        ok: true,
        notModified: false,
        reviews: listed.reviews,
        etag: null,
        lastModified: null,
        isCompleteList: config.tracksRemovals !== false && isWhole,
      };
    } catch (error) {
      if (error instanceof GbpError)
        return error.code === 'auth'
          ? { ...failed(error.message, null), needsReconnect: true }
          : failed(error.message, error.retryAfterMs ?? null);
      throw error;
    }
  };
}

async function storeTokens(
  deps: CollectorDeps,
  source: ClaimedSource,
  secrets: SourceSecrets,
  tokens: GbpTokens,
) {
  if (!deps.secretBox) return;
  const next: SourceSecrets = {
    ...secrets,
    refreshToken: tokens.refreshToken,
    accessToken: tokens.accessToken,
    accessTokenExpiresAt: tokens.expiresAt,
  };
  await deps.db
    .update(sources)
    .set({ secretsEnc: sealSourceSecrets(deps.secretBox, source.orgId, source.id, next) })
    .where(and(eq(sources.orgId, source.orgId), eq(sources.id, source.id)));
}

/** Yelp Fusion reviews endpoint: at most three excerpts per business, by Yelp's own rules. */
export function createYelpCollector(deps: CollectorDeps): Collector {
  return async (source) => {
    const config = source.config as ApiConfig;
    const secrets = readSecrets(deps, source);
    if (typeof secrets === 'string') return failed(secrets);
    if (!config.businessId || !secrets.apiKey)
      return failed('This Yelp source is missing its business id or API key.');
    const base = (config.apiBaseUrl ?? 'https://api.yelp.com').replace(/\/+$/, '');
    const url = `${base}/v3/businesses/${encodeURIComponent(config.businessId)}/reviews`;
    const outcome = await deps.fetcher(url, {
      respectRobots: false,
      accept: 'application/json',
      headers: { authorization: `Bearer ${secrets.apiKey}` },
    });
    if (!outcome.ok) {
      const hint =
        outcome.error.status === 401 || outcome.error.status === 403 ? ' Check the Yelp API key.' : '';
      return failed(`${outcome.error.message}${hint}`, outcome.error.retryAfterMs ?? null);
    }
    try {
      const result = await extractIsolated(
        { body: outcome.body, url: outcome.url, contentType: outcome.contentType },
        'yelp',
      );
      return {
        ok: true,
        notModified: false,
        reviews: result.reviews,
        etag: null,
        lastModified: null,
        isCompleteList: false,
      };
    } catch (error) {
      if (isExtractError(error)) return failed(`Yelp's answer could not be read: ${error.message}`);
      throw error;
    }
  };
}

/** Collectors for the kinds that speak an API rather than serving a page. */
export function createCollectors(
  deps: CollectorDeps,
  opts: { persistTokens?: boolean } = {},
): Partial<Record<string, Collector>> {
  return {
    google: createGoogleCollector(deps, { persist: opts.persistTokens ?? true }),
    yelp: createYelpCollector(deps),
    app_store_connect: createStoreCollector(deps, 'app_store_connect', httpOverFetcher(deps.fetcher), {
      persist: opts.persistTokens ?? true,
    }),
    google_play: createStoreCollector(deps, 'google_play', httpOverFetcher(deps.fetcher)),
    facebook: createFacebookCollector(deps),
  };
}
