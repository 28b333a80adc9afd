import type { InviteMemberInput } from '@rebound/shared';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { memberInvitations, memberships, organizations, users } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { normalizeEmail } from '../auth/normalize-email.ts';
import { hashToken, newToken } from '../auth/tokens.ts';
import type { MailSettings } from '../campaigns/mail-settings.ts';
import { DomainError } from '../errors.ts';
import { sendAccountLink } from './account-mail.ts';
import { INVITATION_TTL_MS, isOpen } from './invitations.ts';
import { assertMayGrant, type MemberActor } from './member-actor.ts';

/**
 * Invite an address to the organization. The invitation, its e-mail and the answer are the same whether or not
 * the address already has a Rebound account (in this installation, in another organization, or nowhere), so
 * the inviter learns nothing about other people's accounts. Inviting the same address again replaces the link.
 */
export async function inviteMember(
  db: Db,
  orgId: string,
  actor: MemberActor,
  input: InviteMemberInput,
  settings: MailSettings,
  now = new Date(),
) {
  assertMayGrant(actor, input.role);
  const email = normalizeEmail(input.email);
  const token = newToken();
  const expiresAt = new Date(now.getTime() + INVITATION_TTL_MS);
  await db.transaction(async (tx) => {
    // Members of this organization are listed to the inviter anyway, so saying so reveals nothing new.
    const already = await tx
      .select({ userId: memberships.userId })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(memberships.orgId, orgId), eq(users.email, email)));
    if (already.length)
      throw new DomainError('conflict', 'That person is already a member', { email: ['Already a member'] });
    await tx
      .update(memberInvitations)
      .set({ revokedAt: now })
      .where(and(eq(memberInvitations.orgId, orgId), eq(memberInvitations.email, email), isOpen()));
    const [row] = await tx
      .insert(memberInvitations)
      .values({
        orgId,
        email,
        role: input.role,
        tokenHash: hashToken(token),
        invitedBy: actor.userId,
        expiresAt,
      })
      .returning({ id: memberInvitations.id });
    if (!row) throw new Error('insert returned no row');
    const [org] = await tx
      .select({ name: organizations.name })
      .from(organizations)
      .where(eq(organizations.id, orgId));
    const link = `${settings.publicUrl}/invite#token=${token}`;
    await sendAccountLink(
      tx,
      orgId,
      settings,
      { key: `invite.${row.id}`, refId: row.id, to: { name: null, address: email } },
      `You are invited to ${org?.name ?? 'a team'} on Rebound`,
      [
        `${actor.label} invited you to join ${org?.name ?? 'their team'} on Rebound as ${input.role}.`,
        '',
        `Open this link to accept (it works once, for seven days): ${link}`,
        '',
        'If you already use Rebound with this address, sign in first; otherwise the page lets you choose a password.',
        'If you did not expect this, ignore this message and nothing happens.',
      ].join('\n'),
    );
    await recordAudit(tx, {
      orgId,
      actorUserId: actor.userId,
      actorLabel: actor.label,
      action: 'member.invited',
      entityType: 'invitation',
      entityId: row.id,
      detail: { email, role: input.role },
    });
  });
  return { email, role: input.role, expiresAt };
}
