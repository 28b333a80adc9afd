import { acceptInvitationInput, invitationTokenInput, resetPasswordInput } from '@rebound/shared';
import { createSession, deleteSession } from '../../services/auth/sessions.ts';
import { acceptInvitation } from '../../services/members/accept-invitation.ts';
import { describeInvitation } from '../../services/members/describe-invitation.ts';
import { resetPassword } from '../../services/members/password-reset.ts';
import { publicProcedure, router } from '../init.ts';

/** Pages reached by a one-time link from an e-mail: the token in the link is the credential. */
export const accountRouter = router({
  invitation: publicProcedure
    .input(invitationTokenInput)
    .query(({ ctx, input }) => describeInvitation(ctx.db, input.token)),

  acceptInvitation: publicProcedure.input(acceptInvitationInput).mutation(async ({ ctx, input }) => {
    const s = ctx.session;
    const joined = await acceptInvitation(ctx.db, s ? { userId: s.userId, email: s.email } : null, input);
    // The browser continues in the organization it just joined, on a fresh session.
    if (ctx.sessionToken) await deleteSession(ctx.db, ctx.sessionToken);
    const session = await createSession(ctx.db, joined.userId, joined.orgId, ctx.config.SESSION_TTL_HOURS);
    ctx.setSessionCookie(session.token, session.csrfToken, session.expiresAt);
    return { orgId: joined.orgId };
  }),

  resetPassword: publicProcedure.input(resetPasswordInput).mutation(async ({ ctx, input }) => {
    await resetPassword(ctx.db, input);
    return { ok: true };
  }),
});
