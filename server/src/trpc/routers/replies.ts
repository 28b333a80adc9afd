import { approveDraftInput, editDraftInput, rejectDraftInput } from '@rebound/shared';
import { approveDraft, editDraft, rejectDraft } from '../../services/replies/decide-draft.ts';
import { roleProcedure, router } from '../init.ts';

// Only owners decide what is said publicly in the business's name.
const owners = roleProcedure('owner');

export const repliesRouter = router({
  edit: owners.input(editDraftInput).mutation(({ ctx, input }) => editDraft(ctx.db, ctx.orgId, ctx.actor, input)),
  approve: owners
    .input(approveDraftInput)
    .mutation(({ ctx, input }) => approveDraft(ctx.db, ctx.orgId, { ...ctx.actor, userId: ctx.session.userId }, input)),
  reject: owners
    .input(rejectDraftInput)
    .mutation(({ ctx, input }) => rejectDraft(ctx.db, ctx.orgId, { ...ctx.actor, userId: ctx.session.userId }, input)),
});
