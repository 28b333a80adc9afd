import {
  approveDraftInput,
  draftIdInput,
  editDraftInput,
  markPostedInput,
  pickAlternativeInput,
  rejectDraftInput,
  replyIdInput,
} from '@rebound/shared';
import { llmConfigFromEnv } from '../../drafting/index.ts';
import { approveDraft, editDraft, rejectDraft } from '../../services/replies/decide-draft.ts';
import { markReplyPosted, retryFailedPost } from '../../services/replies/mark-posted.ts';
import { listAlternatives, regenerateDraft } from '../../services/replies/regenerate-draft.ts';
import { roleProcedure, router } from '../init.ts';

// Only owners decide what is said publicly in the business's name.
const owners = roleProcedure('owner');
// Pasting an already approved reply onto a platform is clerical work a manager may do.
const posters = roleProcedure('owner', 'manager');

export const repliesRouter = router({
  edit: owners
    .input(editDraftInput)
    .mutation(({ ctx, input }) => editDraft(ctx.db, ctx.orgId, ctx.actor, input)),
  approve: owners.input(approveDraftInput).mutation(async ({ ctx, input }) => {
    const approved = await approveDraft(
      ctx.db,
      ctx.orgId,
      { ...ctx.actor, userId: ctx.session.userId },
      input,
    );
    // Post right away when a worker runs here; otherwise the next posting tick (any process) takes it.
    if (approved.state === 'approved' && approved.replyId)
      ctx.services.postReplyNow?.(ctx.orgId, approved.replyId);
    return approved;
  }),
  reject: owners
    .input(rejectDraftInput)
    .mutation(({ ctx, input }) =>
      rejectDraft(ctx.db, ctx.orgId, { ...ctx.actor, userId: ctx.session.userId }, input),
    ),
  alternatives: owners
    .input(draftIdInput)
    .query(({ ctx, input }) => listAlternatives(ctx.db, ctx.orgId, input.draftId)),
  regenerate: owners
    .input(draftIdInput)
    .mutation(({ ctx, input }) =>
      regenerateDraft(ctx.db, ctx.orgId, ctx.actor, input.draftId, llmConfigFromEnv(ctx.config)),
    ),
  pickAlternative: owners.input(pickAlternativeInput).mutation(({ ctx, input }) =>
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
  retryPost: owners.input(replyIdInput).mutation(async ({ ctx, input }) => {
    const result = await retryFailedPost(ctx.db, ctx.orgId, ctx.actor, input.replyId);
    ctx.services.postReplyNow?.(ctx.orgId, input.replyId);
    return result;
  }),
});
