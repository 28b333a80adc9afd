import { inboxFilterInput, reviewIdInput } from '@rebound/shared';
import { getReview } from '../../services/reviews/get-review.ts';
import { listInbox } from '../../services/reviews/list-inbox.ts';
import { roleProcedure, router } from '../init.ts';

const readers = roleProcedure('owner', 'manager', 'admin');

export const reviewsRouter = router({
  inbox: readers.input(inboxFilterInput).query(({ ctx, input }) => listInbox(ctx.db, ctx.orgId, input)),
  get: readers.input(reviewIdInput).query(({ ctx, input }) => getReview(ctx.db, ctx.orgId, input.reviewId)),
});
