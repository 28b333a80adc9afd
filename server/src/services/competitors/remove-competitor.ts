import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { competitors } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { notFound } from '../errors.ts';
import type { Actor } from '../orgs/members.ts';

/** Stop watching a competitor; its snapshots and reviews go with it. */
export async function removeCompetitor(db: Db, orgId: string, actor: Actor, competitorId: string) {
  const removed = await db
    .delete(competitors)
    .where(and(eq(competitors.orgId, orgId), eq(competitors.id, competitorId)))
    .returning({ id: competitors.id, name: competitors.name });
  const row = removed[0];
  if (!row) throw notFound('Competitor');
  await recordAudit(db, {
    orgId,
    actorUserId: actor.userId,
    actorLabel: actor.label,
    action: 'competitor.removed',
    entityType: 'competitor',
    entityId: row.id,
    detail: { name: row.name },
  });
  return { ok: true as const };
}
