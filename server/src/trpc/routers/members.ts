import {
  changeMemberRoleInput,
  invitationIdInput,
  inviteMemberInput,
  memberUserIdInput,
} from '@rebound/shared';
import { resolveMailSettings } from '../../services/campaigns/mail-settings.ts';
import { changeMemberRole } from '../../services/members/change-member-role.ts';
import { inviteMember } from '../../services/members/invite-member.ts';
import { listInvitations } from '../../services/members/list-invitations.ts';
import type { MemberActor } from '../../services/members/member-actor.ts';
import { sendPasswordReset } from '../../services/members/password-reset.ts';
import { removeMember } from '../../services/members/remove-member.ts';
import { revokeInvitation } from '../../services/members/revoke-invitation.ts';
import { listMembers } from '../../services/orgs/members.ts';
import type { AppContext } from '../context.ts';
import { capabilityProcedure, router } from '../init.ts';

// Who may grant which role is decided per call from the shared grant table; this only keeps out roles that grant none.
const teamAdmins = capabilityProcedure('members.manage');

const actorOf = (ctx: {
  actor: { userId: string; label: string };
  role: MemberActor['role'];
}): MemberActor => ({
  ...ctx.actor,
  role: ctx.role,
});
const mailOf = (ctx: AppContext) => resolveMailSettings(ctx.config, ctx.services.publicUrl);

export const membersRouter = router({
  list: capabilityProcedure('members.read').query(({ ctx }) => listMembers(ctx.db, ctx.orgId)),
  /** Adding someone is an invitation they accept, with the same answer whether or not they have an account. */
  add: teamAdmins.input(inviteMemberInput).mutation(async ({ ctx, input }) => {
    const invited = await inviteMember(ctx.db, ctx.orgId, actorOf(ctx), input, mailOf(ctx));
    ctx.services.wakeOutbox?.();
    return invited;
  }),
  invitations: teamAdmins.query(({ ctx }) => listInvitations(ctx.db, ctx.orgId)),
  revokeInvitation: teamAdmins
    .input(invitationIdInput)
    .mutation(({ ctx, input }) => revokeInvitation(ctx.db, ctx.orgId, actorOf(ctx), input.invitationId)),
  changeRole: teamAdmins
    .input(changeMemberRoleInput)
    .mutation(({ ctx, input }) => changeMemberRole(ctx.db, ctx.orgId, actorOf(ctx), input)),
  remove: teamAdmins
    .input(memberUserIdInput)
    .mutation(({ ctx, input }) => removeMember(ctx.db, ctx.orgId, actorOf(ctx), input.userId)),
  resetPassword: teamAdmins.input(memberUserIdInput).mutation(async ({ ctx, input }) => {
    const sent = await sendPasswordReset(ctx.db, ctx.orgId, actorOf(ctx), input.userId, mailOf(ctx));
    ctx.services.wakeOutbox?.();
    return sent;
  }),
});
