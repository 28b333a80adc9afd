import { inboxFilterInput, reviewIdInput } from '@rebound/shared';
import { countPendingDrafts } from '../../services/review-effects/count-pending-drafts.ts';
import { getReview } from '../../services/reviews/get-review.ts';
import { listInbox } from '../../services/reviews/list-inbox.ts';
import { capabilityProcedure, router } from '../init.ts';

const readers = capabilityProcedure('reviews.read');

export const reviewsRouter = router({
  inbox: readers.input(inboxFilterInput).query(({ ctx, input }) => listInbox(ctx.db, ctx.orgId, input)),
  /** Reviews stored but not yet drafted: the inbox shows them as being drafted. */
  drafting: readers.query(({ ctx }) => countPendingDrafts(ctx.db, ctx.orgId)),
  get: readers.input(reviewIdInput).query(({ ctx, input }) => getReview(ctx.db, ctx.orgId, input.reviewId)),
});
