import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { auditLog, replyDrafts } from '../../db/schema/index.ts';
import type { PreparedDraft } from './prepare-draft.ts';

/** Store a prepared draft and its audit entry, unless the review already has one (an owner wrote their own). */
export async function storeFirstDraft(db: Db, draft: PreparedDraft): Promise<void> {
  const [existing] = await db
    .select({ id: replyDrafts.id })
    .from(replyDrafts)
    .where(
      and(
        eq(replyDrafts.orgId, draft.orgId),
        eq(replyDrafts.reviewId, draft.reviewId),
        inArray(replyDrafts.status, ['draft', 'sent_back', 'approved']),
      ),
    )
    .limit(1);
  if (existing) return;
  const [made] = await db
    .insert(replyDrafts)
    .values(draft)
    .returning({ id: replyDrafts.id, origin: replyDrafts.origin });
  if (!made) return;
  await db.insert(auditLog).values({
    orgId: draft.orgId,
    actorUserId: null,
    actorLabel: 'Rebound',
    action: 'reply.drafted',
    entityType: 'review',
    entityId: draft.reviewId,
    detail: { draftId: made.id, origin: made.origin },
  });
}
