import { reviewIdInput } from '@rebound/shared';
import { llmConfigFromEnv } from '../../drafting/index.ts';
import { getLlmStatus } from '../../services/llm/get-llm-status.ts';
import { listSampleReviews } from '../../services/llm/list-sample-reviews.ts';
import { tryLlmOnReview } from '../../services/llm/try-llm-on-review.ts';
import { roleProcedure, router } from '../init.ts';

// Whether drafting uses an LLM is a setting of the account: the people who run it may see it.
const orgAdmins = roleProcedure('owner', 'admin');
// Trying it drafts a reply in the business's name: the owner's call, as for every draft.
const owners = roleProcedure('owner');

export const llmRouter = router({
  status: orgAdmins.query(({ ctx }) => getLlmStatus(llmConfigFromEnv(ctx.config))),
  sampleReviews: owners.query(({ ctx }) => listSampleReviews(ctx.db, ctx.orgId)),
  tryOnReview: owners
    .input(reviewIdInput)
    .mutation(({ ctx, input }) =>
      tryLlmOnReview(ctx.db, ctx.orgId, input.reviewId, llmConfigFromEnv(ctx.config)),
    ),
});
