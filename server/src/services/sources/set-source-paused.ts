import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { sources } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Actor } from '../orgs/members.ts';
import { getSource } from './get-source.ts';
import { loadSourceRow } from './load-source-row.ts';
import type { SourceView } from './source-views.ts';

/** Pause stops scheduled polls (a poll in flight finishes); resume makes the source due at once. */
export async function setSourcePaused(
  db: Db,
  orgId: string,
  actor: Actor,
  sourceId: string,
  isPaused: boolean,
): Promise<SourceView> {
  const row = await loadSourceRow(db, orgId, sourceId);
  const patch = isPaused ? { isPaused } : { isPaused, nextPollAt: new Date() };
  await db
    .update(sources)
    .set(patch)
    .where(and(eq(sources.orgId, orgId), eq(sources.id, row.id)));
  await recordAudit(db, {
    orgId,
    actorUserId: actor.userId,
    actorLabel: actor.label,
    action: isPaused ? 'source.paused' : 'source.resumed',
    entityType: 'source',
    entityId: row.id,
  });
  return getSource(db, orgId, row.id);
}
