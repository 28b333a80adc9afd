import { trendsCompareInput, trendsFilterInput } from '@rebound/shared';
import { listNeedsAttention } from '../../services/digest/list-needs-attention.ts';
import { compareSlices } from '../../services/trends/compare-slices.ts';
import { getFeedbackFunnel } from '../../services/trends/get-feedback-funnel.ts';
import { getOpenCases } from '../../services/trends/get-open-cases.ts';
import { getOverview } from '../../services/trends/get-overview.ts';
import { getThemes } from '../../services/trends/get-themes.ts';
import { listTrendFilters } from '../../services/trends/list-trend-filters.ts';
import { capabilityProcedure, router } from '../init.ts';

const readers = capabilityProcedure('trends.read');
const feedbackReaders = capabilityProcedure('trends.readFeedback');

export const trendsRouter = router({
  filters: feedbackReaders.query(({ ctx }) => listTrendFilters(ctx.db, ctx.orgId)),
  overview: readers.input(trendsFilterInput).query(({ ctx, input }) => getOverview(ctx.db, ctx.orgId, input)),
  themes: readers.input(trendsFilterInput).query(({ ctx, input }) => getThemes(ctx.db, ctx.orgId, input)),
  compare: readers
    .input(trendsCompareInput)
    .query(({ ctx, input }) => compareSlices(ctx.db, ctx.orgId, input)),
  attention: readers
    .input(trendsFilterInput)
    .query(({ ctx, input }) =>
      listNeedsAttention(ctx.db, ctx.orgId, { locationId: input.locationId, sourceId: input.sourceId }),
    ),
  cases: readers.query(({ ctx }) => getOpenCases(ctx.db, ctx.orgId)),
  feedback: feedbackReaders
    .input(trendsFilterInput)
    .query(({ ctx, input }) => getFeedbackFunnel(ctx.db, ctx.orgId, input)),
});
