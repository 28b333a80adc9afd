import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { sources } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Actor } from '../orgs/members.ts';
import { loadSourceRow } from './load-source-row.ts';

/** Deleting a source deletes its reviews, drafts and poll runs with it (the foreign keys cascade). */
export async function deleteSource(
  db: Db,
  orgId: string,
  actor: Actor,
  sourceId: string,
): Promise<{ id: string }> {
  const row = await loadSourceRow(db, orgId, sourceId);
  await db.delete(sources).where(and(eq(sources.orgId, orgId), eq(sources.id, row.id)));
  await recordAudit(db, {
    orgId,
    actorUserId: actor.userId,
    actorLabel: actor.label,
    action: 'source.deleted',
    entityType: 'source',
    entityId: row.id,
    detail: { name: row.name, kind: row.kind },
  });
  return { id: row.id };
}
