import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { SecretBox } from '../../crypto/secret-box.ts';
import type { Db } from '../../db/client.ts';
import { oauthGrants, sources } from '../../db/schema/index.ts';
import type { HttpFn } from '../../sources/google/types.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { invalid } from '../errors.ts';
import { sealSourceSecrets } from '../secrets/source-secrets.ts';
import type { AuthorizedGrant } from './load-authorized-grant.ts';
import { type Actor, plan, refreshExisting } from './planned-sources.ts';
import type { OAuthProvider } from './providers.ts';
import { listReachable, watchedIds } from './reachable-places.ts';

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
