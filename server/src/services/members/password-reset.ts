import type { ResetPasswordInput } from '@rebound/shared';
import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { memberships, passwordResets, sessions, users } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { hashPassword } from '../auth/password.ts';
import { hashToken, newToken } from '../auth/tokens.ts';
import type { MailSettings } from '../campaigns/mail-settings.ts';
import { DomainError, notFound } from '../errors.ts';
import { sendAccountLink } from './account-mail.ts';
import { assertMayGrant, type MemberActor } from './member-actor.ts';

export const RESET_TTL_MS = 60 * 60_000;

/**
 * Send a member a one-time link to choose a new password. The link goes only to the member's own address:
 * whoever asks for it never sees it, so a reset cannot be used to take over someone's account (which may also
 * belong to other organizations).
 */
export async function sendPasswordReset(
  db: Db,
  orgId: string,
  actor: MemberActor,
  userId: string,
  settings: MailSettings,
  now = new Date(),
) {
  const [member] = await db
    .select({ role: memberships.role, email: users.email, name: users.name })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.orgId, orgId), eq(memberships.userId, userId)));
  if (!member) throw notFound('Member');
  assertMayGrant(actor, member.role);
  const token = newToken();
  const expiresAt = new Date(now.getTime() + RESET_TTL_MS);
  await db.transaction(async (tx) => {
    const tokenHash = hashToken(token);
    await tx.insert(passwordResets).values({ tokenHash, userId, expiresAt });
    await sendAccountLink(
      tx,
      orgId,
      settings,
      {
        key: `reset.${tokenHash.slice(0, 32)}`,
        refId: null,
        to: { name: member.name, address: member.email },
      },
      'Choose a new Rebound password',
      [
        `${actor.label} asked Rebound to let you choose a new password.`,
        '',
        `Open this link within an hour; it works once: ${settings.publicUrl}/reset-password#token=${token}`,
        '',
        'Setting a new password signs you out everywhere. If you did not expect this, tell your team.',
      ].join('\n'),
    );
    await recordAudit(tx, {
      orgId,
      actorUserId: actor.userId,
      actorLabel: actor.label,
      action: 'member.password_reset_sent',
      entityType: 'user',
      entityId: userId,
      detail: { email: member.email },
    });
  });
  return { sentTo: member.email, expiresAt };
}

/** Use a reset link: new password, every session of the account ended, the link and its siblings spent. */
export async function resetPassword(db: Db, input: ResetPasswordInput) {
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const [used] = await tx
      .update(passwordResets)
      .set({ usedAt: new Date() })
      .where(
        and(
          eq(passwordResets.tokenHash, hashToken(input.token)),
          isNull(passwordResets.usedAt),
          gt(passwordResets.expiresAt, new Date()),
        ),
      )
      .returning({ userId: passwordResets.userId });
    if (!used) throw new DomainError('not_found', 'This reset link is no longer valid. Ask for a new one.');
    const [user] = await tx
      .update(users)
      .set({ passwordHash })
      .where(eq(users.id, used.userId))
      .returning({ email: users.email });
    await tx.delete(sessions).where(eq(sessions.userId, used.userId));
    await tx
      .update(passwordResets)
      .set({ usedAt: new Date() })
      .where(and(eq(passwordResets.userId, used.userId), isNull(passwordResets.usedAt)));
    const orgs = await tx
      .select({ orgId: memberships.orgId })
      .from(memberships)
      .where(eq(memberships.userId, used.userId));
    for (const { orgId } of orgs)
      await recordAudit(tx, {
        orgId,
        actorUserId: used.userId,
        actorLabel: user?.email ?? 'member',
        action: 'member.password_reset',
        entityType: 'user',
        entityId: used.userId,
      });
    return { email: user?.email ?? null };
  });
}
