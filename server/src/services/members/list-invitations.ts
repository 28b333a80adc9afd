import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { memberInvitations } from '../../db/schema/index.ts';
import { isOpen } from './invitations.ts';

/** Invitations still waiting for an answer (expired ones are shown as such until replaced or revoked). */
export async function listInvitations(db: Db, orgId: string, now = new Date()) {
  const rows = await db
    .select({
      invitationId: memberInvitations.id,
      email: memberInvitations.email,
      role: memberInvitations.role,
      createdAt: memberInvitations.createdAt,
      expiresAt: memberInvitations.expiresAt,
    })
    .from(memberInvitations)
    .where(and(eq(memberInvitations.orgId, orgId), isOpen()))
    .orderBy(asc(memberInvitations.createdAt));
  return rows.map((r) => ({ ...r, isExpired: r.expiresAt <= now }));
}
