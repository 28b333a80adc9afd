import { hasBlocking } from '@rebound/shared/tone-check/index';
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { replyDrafts, reviews } from '../../db/schema/index.ts';
import { DomainError, notFound } from '../errors.ts';
import type { Actor } from '../orgs/members.ts';
import { approveDraft } from './approve-draft.ts';

export type BulkSkipReason = 'escalated' | 'not_positive' | 'has_finding' | 'not_open';

/**
 * The rule for approving many replies with one yes: only thank-you drafts under positive, non-escalated reviews
 * of 4 stars or more, with no blocking finding. Anything else needs the owner to read it on its own.
 */
function bulkSkipReason(row: {
  isEscalated: boolean;
  label: string;
  rating: number | null;
  status: string;
  hasBlockingFinding: boolean;
}): BulkSkipReason | null {
  if (row.isEscalated) return 'escalated';
  if (row.label !== 'positive' || row.rating === null || row.rating < 4) return 'not_positive';
  if (row.status !== 'draft' && row.status !== 'sent_back') return 'not_open';
  if (row.hasBlockingFinding) return 'has_finding';
  return null;
}

async function loadCandidates(db: Db, orgId: string, draftIds: string[]) {
  const rows = await db
    .select({
      draftId: replyDrafts.id,
      status: replyDrafts.status,
      findings: replyDrafts.findings,
      isEscalated: reviews.isEscalated,
      label: reviews.label,
      rating: reviews.rating,
    })
    .from(replyDrafts)
    .innerJoin(reviews, and(eq(reviews.orgId, replyDrafts.orgId), eq(reviews.id, replyDrafts.reviewId)))
    .where(and(eq(replyDrafts.orgId, orgId), inArray(replyDrafts.id, draftIds)));
  return new Map(rows.map((r) => [r.draftId, { ...r, hasBlockingFinding: hasBlocking(r.findings) }]));
}

/**
 * Approve each eligible draft as its own approval (its own audit entry, undo window and tasks); the others are
 * returned with the reason they were left out, and none of them is touched.
 */
export async function bulkApprove(
  db: Db,
  orgId: string,
  actor: Actor & { userId: string },
  input: { draftIds: string[] },
) {
  const ids = [...new Set(input.draftIds)];
  const candidates = await loadCandidates(db, orgId, ids);
  // An id this organization does not have stops the whole request before anything is approved.
  if (candidates.size !== ids.length) throw notFound('Draft');
  const approved: Array<{ draftId: string; replyId: string | null; releaseAt: Date }> = [];
  const skipped: Array<{ draftId: string; reason: BulkSkipReason }> = [];
  for (const draftId of ids) {
    const row = candidates.get(draftId);
    if (!row) continue;
    const reason = bulkSkipReason(row);
    if (reason) {
      skipped.push({ draftId, reason });
      continue;
    }
    try {
      const result = await approveDraft(db, orgId, actor, { draftId });
      approved.push({ draftId, replyId: result.replyId, releaseAt: result.releaseAt });
    } catch (error) {
      // Someone decided it meanwhile, or the check found something after all: leave it for a single look.
      if (!(error instanceof DomainError)) throw error;
      skipped.push({ draftId, reason: error.kind === 'invalid' ? 'has_finding' : 'not_open' });
    }
  }
  return { approved, skipped };
}
