import {
  approvalSettingsInput,
  approveDraftInput,
  bulkApproveInput,
  draftIdInput,
  editDraftInput,
  markPostedInput,
  pickAlternativeInput,
  rejectDraftInput,
  replyIdInput,
  reviseReplyInput,
} from '@rebound/shared';
import { llmConfigFromEnv } from '../../drafting/index.ts';
import { httpOverFetcher } from '../../net/fetcher.ts';
import { readApprovalSettings, updateApprovalSettings } from '../../services/replies/approval-settings.ts';
import { approveDraft } from '../../services/replies/approve-draft.ts';
import { bulkApprove } from '../../services/replies/bulk-approve.ts';
import { countWaiting } from '../../services/replies/count-waiting.ts';
import { editDraft } from '../../services/replies/edit-draft.ts';
import { listAlternatives } from '../../services/replies/list-alternatives.ts';
import { listToPost } from '../../services/replies/list-to-post.ts';
import { markReplyPosted } from '../../services/replies/mark-reply-posted.ts';
import { regenerateDraft } from '../../services/replies/regenerate-draft.ts';
import { rejectDraft } from '../../services/replies/reject-draft.ts';
import { retryFailedPost } from '../../services/replies/retry-failed-post.ts';
import { reviseReply } from '../../services/replies/revise-reply.ts';
import { undoApproval } from '../../services/replies/undo-approval.ts';
import { undoRejection } from '../../services/replies/undo-rejection.ts';
import { withdrawReply } from '../../services/replies/withdraw-reply.ts';
import { capabilityProcedure, router } from '../init.ts';

const editors = capabilityProcedure('replies.edit');
const deciders = capabilityProcedure('replies.approve');
const revisers = capabilityProcedure('replies.revise');
const approvalSetters = capabilityProcedure('replies.configureApproval');
const posters = capabilityProcedure('replies.post');

export const repliesRouter = router({
  edit: editors
    .input(editDraftInput)
    .mutation(({ ctx, input }) => editDraft(ctx.db, ctx.orgId, ctx.actor, input)),
  approve: deciders.input(approveDraftInput).mutation(async ({ ctx, input }) => {
    const approved = await approveDraft(
      ctx.db,
      ctx.orgId,
      { ...ctx.actor, userId: ctx.session.userId },
      input,
    );
    // Nothing posts during the undo window; the posting worker's next tick after `releaseAt` takes it.
    return approved;
  }),
  undoApprove: deciders
    .input(replyIdInput)
    .mutation(({ ctx, input }) => undoApproval(ctx.db, ctx.orgId, ctx.actor, input.replyId)),
  bulkApprove: deciders
    .input(bulkApproveInput)
    .mutation(({ ctx, input }) =>
      bulkApprove(ctx.db, ctx.orgId, { ...ctx.actor, userId: ctx.session.userId }, input),
    ),
  revise: revisers
    .input(reviseReplyInput)
    .mutation(({ ctx, input }) =>
      reviseReply(ctx.db, ctx.orgId, { ...ctx.actor, userId: ctx.session.userId }, input),
    ),
  withdraw: revisers.input(replyIdInput).mutation(({ ctx, input }) => {
    const { fetcher, secretBox } = ctx.services;
    return withdrawReply(
      {
        db: ctx.db,
        box: secretBox ?? null,
        http: fetcher ? httpOverFetcher(fetcher) : null,
        allowEndpointOverrides: ctx.config.ALLOW_ENDPOINT_OVERRIDES,
      },
      ctx.orgId,
      ctx.actor,
      input.replyId,
    );
  }),
  undoReject: deciders
    .input(draftIdInput)
    .mutation(({ ctx, input }) => undoRejection(ctx.db, ctx.orgId, ctx.actor, input.draftId)),
  toPost: posters.query(({ ctx }) => listToPost(ctx.db, ctx.orgId)),
  waiting: posters.query(({ ctx }) => countWaiting(ctx.db, ctx.orgId)),
  approvalSettings: approvalSetters.query(({ ctx }) => readApprovalSettings(ctx.db, ctx.orgId)),
  updateApprovalSettings: approvalSetters
    .input(approvalSettingsInput)
    .mutation(({ ctx, input }) => updateApprovalSettings(ctx.db, ctx.orgId, ctx.actor, input)),
  reject: deciders
    .input(rejectDraftInput)
    .mutation(({ ctx, input }) =>
      rejectDraft(ctx.db, ctx.orgId, { ...ctx.actor, userId: ctx.session.userId }, input),
    ),
  alternatives: editors
    .input(draftIdInput)
    .query(({ ctx, input }) => listAlternatives(ctx.db, ctx.orgId, input.draftId)),
  regenerate: editors
    .input(draftIdInput)
    .mutation(({ ctx, input }) =>
      regenerateDraft(ctx.db, ctx.orgId, ctx.actor, input.draftId, llmConfigFromEnv(ctx.config)),
    ),
  pickAlternative: editors.input(pickAlternativeInput).mutation(({ ctx, input }) =>
    editDraft(ctx.db, ctx.orgId, ctx.actor, input, {
      action: 'reply.alternative_chosen',
      origin: 'composer',
    }),
  ),
  markPosted: posters
    .input(markPostedInput)
    .mutation(({ ctx, input }) =>
      markReplyPosted(ctx.db, ctx.orgId, { ...ctx.actor, userId: ctx.session.userId }, input),
    ),
  retryPost: deciders.input(replyIdInput).mutation(async ({ ctx, input }) => {
    const result = await retryFailedPost(ctx.db, ctx.orgId, ctx.actor, input.replyId);
    ctx.services.postReplyNow?.(ctx.orgId, input.replyId);
    return result;
  }),
});
