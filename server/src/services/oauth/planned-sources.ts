import { and, eq } from 'drizzle-orm';
import type { SecretBox } from '../../crypto/secret-box.ts';
import type { Db } from '../../db/client.ts';
import { sources } from '../../db/schema/index.ts';
import { type SourceSecrets, sealSourceSecrets } from '../secrets/source-secrets.ts';
import { endpointOf } from '../sources/source-config.ts';
import type { AuthorizedGrant } from './load-authorized-grant.ts';
import type { OAuthProvider } from './providers.ts';
import { googleKey, type listReachable } from './reachable-places.ts';

export type Actor = { userId: string; label: string };
/** One source to create or refresh from the grant: its name, what it watches, and its sealed credentials. */
export type Planned = {
  watchKey: string;
  name: string;
  config: Record<string, unknown>;
  secrets: SourceSecrets;
};

/** The settings and secrets a source needs, as the collectors and posting targets already read them. */
export function plan(
  provider: OAuthProvider,
  grant: AuthorizedGrant,
  reachable: Awaited<ReturnType<typeof listReachable>>,
) {
  const planned = new Map<string, Planned>();
  const override = provider.overrideBase ? { apiBaseUrl: provider.overrideBase } : {};
  if (reachable.provider === 'google') {
    for (const p of reachable.places) {
      const config = {
        accountId: p.accountId,
        googleLocationId: p.locationId,
        clientId: provider.client.clientId,
        connectedWith: 'oauth',
        secretsSet: ['clientSecret', 'refreshToken'],
        ...override,
        ...(provider.overrideBase ? { tokenUrl: provider.endpoints.tokenEndpoint } : {}),
      };
      planned.set(googleKey(p), {
        watchKey: p.locationId,
        name: p.title,
        config,
        secrets: {
          clientSecret: provider.client.clientSecret,
          refreshToken: grant.tokens.refreshToken ?? '',
          accessToken: grant.tokens.accessToken,
          accessTokenExpiresAt: grant.tokens.expiresAt,
          endpoint: endpointOf(config),
        },
      });
    }
  } else {
    for (const page of reachable.pages) {
      const config = { pageId: page.id, connectedWith: 'oauth', secretsSet: [], ...override };
      planned.set(page.id, {
        watchKey: page.id,
        name: page.name,
        config,
        // The Page token reads and comments; the user token is kept only to withdraw the grant on disconnect.
        secrets: {
          accessToken: page.accessToken,
          refreshToken: grant.tokens.accessToken,
          endpoint: endpointOf(config),
        },
      });
    }
  }
  return planned;
}

export async function refreshExisting(db: Db, box: SecretBox, orgId: string, sourceId: string, p: Planned) {
  const [row] = await db
    .select({ config: sources.config })
    .from(sources)
    .where(and(eq(sources.orgId, orgId), eq(sources.id, sourceId)));
  await db
    .update(sources)
    .set({
      // Other settings (schedule hints, removal tracking) stay; what the grant decides is replaced.
      config: { ...(row?.config ?? {}), ...p.config },
      secretsEnc: sealSourceSecrets(box, orgId, sourceId, p.secrets),
      isPaused: false,
      health: 'ok',
      lastError: null,
      consecutiveFailures: 0,
      nextPollAt: new Date(),
    })
    .where(and(eq(sources.orgId, orgId), eq(sources.id, sourceId)));
}
