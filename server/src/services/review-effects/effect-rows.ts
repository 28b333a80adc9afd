import type { reviewEffects } from '../../db/schema/index.ts';
import type { Triage } from '../../triage/index.ts';

type EffectRow = typeof reviewEffects.$inferInsert;

/** Cases and alerts come first, then drafts of the reviews an owner must answer soonest, then the rest. */
export const effectPriority = { case: 0, edit: 0, urgentDraft: 1, draft: 2 } as const;

const isUrgent = (triage: Triage) => triage.label === 'negative' || triage.escalation.escalate;

/** What a newly stored review must cause; written in the transaction that stores it. */
export function effectsOfNewReview(
  orgId: string,
  reviewId: string,
  triage: Triage,
  hasOwnerReply: boolean,
): EffectRow[] {
  const rows: EffectRow[] = [];
  if (isUrgent(triage)) rows.push({ orgId, reviewId, kind: 'case', priority: effectPriority.case });
  // A reply already on the platform needs no draft from us.
  if (!hasOwnerReply)
    rows.push({
      orgId,
      reviewId,
      kind: 'draft',
      priority: isUrgent(triage) ? effectPriority.urgentDraft : effectPriority.draft,
    });
  return rows;
}

/** An edited review's recovery signal, with the rating it had before the edit. */
export function effectOfEdit(
  orgId: string,
  reviewId: string,
  previousRating: number | null,
  rating: number | null,
): EffectRow {
  return {
    orgId,
    reviewId,
    kind: 'edit',
    priority: effectPriority.edit,
    payload: { previousRating, rating },
  };
}
