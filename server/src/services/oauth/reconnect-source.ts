import { and, eq } from 'drizzle-orm';
import type { SecretBox } from '../../crypto/secret-box.ts';
import type { Db } from '../../db/client.ts';
import { sources } from '../../db/schema/index.ts';
import type { HttpFn } from '../../sources/google/types.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { AuthorizedGrant } from './load-authorized-grant.ts';
import { type Actor, plan, refreshExisting } from './planned-sources.ts';
import type { OAuthProvider } from './providers.ts';
import { googleKey, listReachable } from './reachable-places.ts';

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
