import { setupInput, signInInput } from '@rebound/shared';
import { z } from 'zod';
import { loadDemo } from '../../demo/load-demo.ts';
import { createSession, deleteSession, readSession } from '../../services/auth/sessions.ts';
import { signIn } from '../../services/auth/sign-in.ts';
import { completeSetup } from '../../services/orgs/complete-setup.ts';
import { isDatabaseEmpty, isSetupTokenValid } from '../../services/orgs/setup.ts';
import { authedProcedure, publicProcedure, router } from '../init.ts';

export const authRouter = router({
  me: publicProcedure.query(({ ctx }) => {
    const s = ctx.session;
    if (!s) return null;
    return {
      userId: s.userId,
      email: s.email,
      name: s.name,
      orgId: s.orgId,
      orgName: s.orgName,
      orgSlug: s.orgSlug,
      role: s.role,
    };
  }),

  signIn: publicProcedure.input(signInInput).mutation(async ({ ctx, input }) => {
    // A new session on every sign-in, and the old one dropped, so a planted cookie is useless.
    if (ctx.sessionToken) await deleteSession(ctx.db, ctx.sessionToken);
    const session = await signIn(ctx.db, { ...input, ip: ctx.ip }, ctx.config.SESSION_TTL_HOURS);
    ctx.setSessionCookie(session.token, session.csrfToken, session.expiresAt);
    const me = await readSession(ctx.db, session.token);
    return { role: me?.role ?? null, orgName: me?.orgName ?? null };
  }),

  signOut: authedProcedure.mutation(async ({ ctx }) => {
    if (ctx.sessionToken) await deleteSession(ctx.db, ctx.sessionToken);
    ctx.clearSessionCookie();
    return { ok: true };
  }),

  /**
   * Whether this server still waits for its first organization: the sign-in page then says where the one-time
   * setup link is. The link itself is never sent: anyone who reaches the page could claim the server with it.
   */
  setupPending: publicProcedure.query(async ({ ctx }) => ({ isPending: await isDatabaseEmpty(ctx.db) })),

  setupStatus: publicProcedure
    .input(z.object({ token: z.string().max(200) }))
    .query(async ({ ctx, input }) => ({
      isValid: await isSetupTokenValid(ctx.db, input.token),
    })),

  completeSetup: publicProcedure.input(setupInput).mutation(async ({ ctx, input }) => {
    const { token, ...rest } = input;
    const created = await completeSetup(ctx.db, token, rest);
    const session = await createSession(ctx.db, created.userId, created.orgId, ctx.config.SESSION_TTL_HOURS);
    ctx.setSessionCookie(session.token, session.csrfToken, session.expiresAt);
    return { orgId: created.orgId };
  }),

  /** The setup page's "load the demo" button: same rules as the setup form, a valid one-time token. */
  loadDemo: publicProcedure
    .input(z.object({ token: z.string().min(10).max(200) }))
    .mutation(async ({ ctx, input }) => {
      const demo = await loadDemo(ctx.db, {
        baseUrl: ctx.config.PUBLIC_URL ?? `http://${ctx.config.HOST}:${ctx.config.PORT}`,
        setupToken: input.token,
      });
      return { users: demo.users.map((u) => ({ email: u.email, role: u.role })) };
    }),
});
