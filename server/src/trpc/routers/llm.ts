import { reviewIdInput } from '@rebound/shared';
import { llmConfigFromEnv } from '../../drafting/index.ts';
import { getLlmStatus } from '../../services/llm/get-llm-status.ts';
import { listSampleReviews } from '../../services/llm/list-sample-reviews.ts';
import { tryLlmOnReview } from '../../services/llm/try-llm-on-review.ts';
import { capabilityProcedure, router } from '../init.ts';

const settingsReaders = capabilityProcedure('llm.readSettings');
const triers = capabilityProcedure('llm.try');

export const llmRouter = router({
  status: settingsReaders.query(({ ctx }) => getLlmStatus(llmConfigFromEnv(ctx.config))),
  sampleReviews: triers.query(({ ctx }) => listSampleReviews(ctx.db, ctx.orgId)),
  tryOnReview: triers
    .input(reviewIdInput)
    .mutation(({ ctx, input }) =>
      tryLlmOnReview(ctx.db, ctx.orgId, input.reviewId, llmConfigFromEnv(ctx.config)),
    ),
});
