import { addMemberInput } from '@rebound/shared';
import { addMember, listMembers } from '../../services/orgs/members.ts';
import { orgProcedure, roleProcedure, router } from '../init.ts';

export const membersRouter = router({
  list: orgProcedure.query(({ ctx }) => listMembers(ctx.db, ctx.orgId)),
  add: roleProcedure('owner', 'admin')
    .input(addMemberInput)
    .mutation(({ ctx, input }) => addMember(ctx.db, ctx.orgId, ctx.actor, input)),
});
