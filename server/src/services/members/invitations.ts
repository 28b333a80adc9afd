import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { memberInvitations, organizations } from '../../db/schema/index.ts';
import { hashToken } from '../auth/tokens.ts';

export const INVITATION_TTL_MS = 7 * 86_400_000;

/** Neither accepted nor revoked (it may still have expired). */
export const isOpen = () => and(isNull(memberInvitations.acceptedAt), isNull(memberInvitations.revokedAt));

/** The open invitation behind a link, or null when the link is unknown, used, revoked or expired. */
export async function findOpenInvitation(db: Db, token: string, now = new Date()) {
  const [row] = await db
    .select({
      orgId: memberInvitations.orgId,
      invitationId: memberInvitations.id,
      email: memberInvitations.email,
      role: memberInvitations.role,
      expiresAt: memberInvitations.expiresAt,
      orgName: organizations.name,
    })
    .from(memberInvitations)
    .innerJoin(organizations, eq(organizations.id, memberInvitations.orgId))
    .where(
      and(eq(memberInvitations.tokenHash, hashToken(token)), isOpen(), gt(memberInvitations.expiresAt, now)),
    );
  return row ?? null;
}

export const GONE = 'This invitation link is no longer valid. Ask for a new one.';
