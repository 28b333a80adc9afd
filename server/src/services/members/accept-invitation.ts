import type { AcceptInvitationInput } from '@rebound/shared';
import { and, eq, gt } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Tx } from '../../db/executor.ts';
import { memberInvitations, memberships, users } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { hashPassword } from '../auth/password.ts';
import { hashToken } from '../auth/tokens.ts';
import { DomainError, forbidden, invalid } from '../errors.ts';
import { findOpenInvitation, GONE, isOpen } from './invitations.ts';

type Signed = { userId: string; email: string } | null;

/**
 * Accept an invitation: signed in as the invited address, or (with no account for it yet) by choosing a name
 * and password. The link is consumed in the same transaction that creates the membership, so it works once.
 */
export async function acceptInvitation(db: Db, signedIn: Signed, input: AcceptInvitationInput) {
  const found = await findOpenInvitation(db, input.token);
  if (!found) throw new DomainError('not_found', GONE);
  if (signedIn && signedIn.email !== found.email)
    throw forbidden(`This invitation is for ${found.email}. Sign out, then open the link again.`);
  const passwordHash = signedIn ? null : await hashPasswordFor(input);
  return db.transaction(async (tx) => {
    const consumed = await tx
      .update(memberInvitations)
      .set({ acceptedAt: new Date() })
      .where(
        and(
          eq(memberInvitations.tokenHash, hashToken(input.token)),
          isOpen(),
          gt(memberInvitations.expiresAt, new Date()),
        ),
      )
      .returning({ id: memberInvitations.id });
    if (!consumed.length) throw new DomainError('not_found', GONE);
    const userId =
      signedIn?.userId ?? (await createInvitedUser(tx, found.email, input.name ?? '', passwordHash));
    await tx
      .insert(memberships)
      .values({ orgId: found.orgId, userId, role: found.role })
      .onConflictDoNothing();
    await recordAudit(tx, {
      orgId: found.orgId,
      actorUserId: userId,
      actorLabel: found.email,
      action: 'member.joined',
      entityType: 'user',
      entityId: userId,
      detail: { email: found.email, role: found.role, invitationId: found.invitationId },
    });
    return { userId, orgId: found.orgId };
  });
}

async function hashPasswordFor(input: AcceptInvitationInput): Promise<string> {
  const errors: Record<string, string[]> = {};
  if (!input.name) errors.name = ['Enter your name'];
  if (!input.password) errors.password = ['Choose a password of at least 10 characters'];
  if (Object.keys(errors).length || !input.password) throw invalid('Some fields need attention', errors);
  return hashPassword(input.password);
}

async function createInvitedUser(tx: Tx, email: string, name: string, passwordHash: string | null) {
  const existing = await tx.select({ id: users.id }).from(users).where(eq(users.email, email));
  // Only the person holding the link (the addressee) sees this; the inviter was told nothing either way.
  if (existing.length || !passwordHash)
    throw new DomainError(
      'conflict',
      'You already have a Rebound account: sign in, then open the link again.',
    );
  const [user] = await tx.insert(users).values({ email, name, passwordHash }).returning({ id: users.id });
  if (!user) throw new Error('insert returned no row');
  return user.id;
}
