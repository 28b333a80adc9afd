import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { sources } from '../../db/schema/index.ts';
import { FbError } from '../../sources/facebook/graph.ts';
import { type FbPage, listFacebookPages } from '../../sources/facebook/pages.ts';
import { GbpError } from '../../sources/google/errors.ts';
import { type GbpPlace, listGbpPlaces } from '../../sources/google/places.ts';
import { createSession } from '../../sources/google/session.ts';
import { createGbpConfig, type HttpFn } from '../../sources/google/types.ts';
import { DomainError, invalid } from '../errors.ts';
import type { AuthorizedGrant } from './load-authorized-grant.ts';
import type { OAuthProvider } from './providers.ts';

/** Everything the grant reaches, with its secrets (Page tokens), for the server's own use only. */
export type Reachable =
  | { provider: 'google'; places: GbpPlace[] }
  | { provider: 'facebook'; pages: FbPage[] };

export const googleKey = (p: { accountId: string; locationId: string }) =>
  `accounts/${p.accountId}/locations/${p.locationId}`;

export async function listReachable(
  provider: OAuthProvider,
  grant: AuthorizedGrant,
  http: HttpFn,
): Promise<Reachable> {
  try {
    if (provider.id === 'facebook')
      return {
        provider: 'facebook',
        pages: await listFacebookPages(http, provider.api.graph, grant.tokens.accessToken),
      };
    const session = createSession(googleConfig(provider), googleTokens(grant), http);
    return { provider: 'google', places: await listGbpPlaces(session, provider.api) };
  } catch (error) {
    if (error instanceof GbpError || error instanceof FbError) {
      const kind = error instanceof GbpError ? error.code : error.code;
      if (kind === 'rate_limited') throw new DomainError('rate_limited', error.message);
      throw invalid(error.message);
    }
    throw error;
  }
}

export function googleConfig(provider: OAuthProvider) {
  return createGbpConfig({
    clientId: provider.client.clientId,
    clientSecret: provider.client.clientSecret,
    apiBaseUrl: provider.api.reviews,
    tokenUrl: provider.endpoints.tokenEndpoint,
  });
}

export function googleTokens(grant: AuthorizedGrant) {
  return {
    refreshToken: grant.tokens.refreshToken ?? '',
    accessToken: grant.tokens.accessToken,
    expiresAt: grant.tokens.expiresAt,
  };
}

/** Page ids or Google location ids already watched by a source of this organization. */
export async function watchedIds(db: Db, orgId: string, provider: 'google' | 'facebook') {
  const rows = await db
    .select({ id: sources.id, config: sources.config })
    .from(sources)
    .where(and(eq(sources.orgId, orgId), inArray(sources.kind, [provider])));
  const out = new Map<string, string>();
  for (const row of rows) {
    const c = row.config as { googleLocationId?: unknown; pageId?: unknown };
    const key = provider === 'google' ? c.googleLocationId : c.pageId;
    if (typeof key === 'string') out.set(key, row.id);
  }
  return out;
}
