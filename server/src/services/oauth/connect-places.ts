import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { SecretBox } from '../../crypto/secret-box.ts';
import type { Db } from '../../db/client.ts';
import { oauthGrants, sources } from '../../db/schema/index.ts';
import type { HttpFn } from '../../sources/google/types.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { invalid } from '../errors.ts';
import { type SourceSecrets, sealSourceSecrets } from '../secrets/source-secrets.ts';
import { endpointOf } from '../sources/source-config.ts';
import { googleKey, listReachable, watchedIds } from './list-choices.ts';
import type { AuthorizedGrant } from './load-grant.ts';
import type { OAuthProvider } from './providers.ts';

type Actor = { userId: string; label: string };
/** One source to create or refresh from the grant: its name, what it watches, and its sealed credentials. */
type Planned = { watchKey: string; name: string; config: Record<string, unknown>; secrets: SourceSecrets };

/** The settings and secrets a source needs, as the collectors and posting targets already read them. */
function plan(
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

async function refreshExisting(db: Db, box: SecretBox, orgId: string, sourceId: string, p: Planned) {
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

/**
 * Turns the ticked locations or Pages into sources (a location already watched gets the new credentials and is
 * polled again). Only what the grant really reaches can be picked: the list is read again here.
 */
export async function connectPlaces(
  db: Db,
  box: SecretBox,
  provider: OAuthProvider,
  grant: AuthorizedGrant,
  http: HttpFn,
  input: { orgId: string; actor: Actor; keys: string[] },
): Promise<{ created: string[]; reconnected: string[] }> {
  const planned = plan(provider, grant, await listReachable(provider, grant, http));
  const unknown = input.keys.filter((k) => !planned.has(k));
  if (unknown.length) throw invalid('Some of the picked places are not reachable with this connection.');
  const watched = await watchedIds(db, input.orgId, provider.id);
  const created: string[] = [];
  const reconnected: string[] = [];
  for (const key of new Set(input.keys)) {
    const p = planned.get(key);
    if (!p) continue;
    const existing = watched.get(p.watchKey);
    if (existing) {
      await refreshExisting(db, box, input.orgId, existing, p);
      reconnected.push(existing);
      continue;
    }
    const id = randomUUID();
    await db.insert(sources).values({
      orgId: input.orgId,
      id,
      kind: provider.id,
      name: p.name,
      config: p.config,
      secretsEnc: sealSourceSecrets(box, input.orgId, id, p.secrets),
      nextPollAt: new Date(),
    });
    await recordAudit(db, {
      orgId: input.orgId,
      actorUserId: input.actor.userId,
      actorLabel: input.actor.label,
      action: 'source.created',
      entityType: 'source',
      entityId: id,
      detail: { kind: provider.id, name: p.name, via: 'oauth' },
    });
    created.push(id);
  }
  // A grant is spent once its places are picked: a second submission needs a new consent.
  await db
    .update(oauthGrants)
    .set({ status: 'failed', tokensEnc: null, error: 'used' })
    .where(and(eq(oauthGrants.orgId, input.orgId), eq(oauthGrants.id, grant.id)));
  return { created, reconnected };
}

/** "Reconnect Google": the source named when the flow began gets the new grant, if the grant reaches it. */
export async function reconnectSource(
  db: Db,
  box: SecretBox,
  provider: OAuthProvider,
  grant: AuthorizedGrant,
  http: HttpFn,
  input: { orgId: string; actor: Actor; sourceId: string },
): Promise<boolean> {
  const [row] = await db
    .select({ kind: sources.kind, config: sources.config })
    .from(sources)
    .where(and(eq(sources.orgId, input.orgId), eq(sources.id, input.sourceId)));
  if (!row || row.kind !== provider.id) return false;
  const c = row.config as { googleLocationId?: unknown; accountId?: unknown; pageId?: unknown };
  const key =
    provider.id === 'google' && typeof c.accountId === 'string' && typeof c.googleLocationId === 'string'
      ? googleKey({ accountId: c.accountId, locationId: c.googleLocationId })
      : typeof c.pageId === 'string'
        ? c.pageId
        : null;
  const p = key ? plan(provider, grant, await listReachable(provider, grant, http)).get(key) : undefined;
  if (!p) return false;
  await refreshExisting(db, box, input.orgId, input.sourceId, p);
  await recordAudit(db, {
    orgId: input.orgId,
    actorUserId: input.actor.userId,
    actorLabel: input.actor.label,
    action: 'source.reconnected',
    entityType: 'source',
    entityId: input.sourceId,
    detail: { kind: provider.id },
  });
  return true;
}
