import type { Role } from '@rebound/shared';
import { and, eq, gt, lt } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { memberships, organizations, sessions, users } from '../../db/schema/index.ts';
import { hashToken, newToken } from './tokens.ts';

export type SessionUser = {
  userId: string;
  email: string;
  name: string;
  orgId: string | null;
  orgSlug: string | null;
  orgName: string | null;
  role: Role | null;
  csrfToken: string;
  expiresAt: Date;
};

/** Start a session; the caller sets the returned token as an httpOnly cookie. */
export async function createSession(db: Db, userId: string, orgId: string | null, ttlHours: number) {
  const token = newToken();
  const csrfToken = newToken(24);
  const expiresAt = new Date(Date.now() + ttlHours * 3_600_000);
  await db.insert(sessions).values({ tokenHash: hashToken(token), userId, orgId, csrfToken, expiresAt });
  return { token, csrfToken, expiresAt };
}

/**
 * The signed-in user behind a session token, with their role in the session's organization. One statement: every
 * authenticated request starts here, so the membership and organization come in the same round trip.
 */
export async function readSession(db: Db, token: string, now = new Date()): Promise<SessionUser | null> {
  const rows = await db
    .select({
      userId: users.id,
      email: users.email,
      name: users.name,
      orgId: sessions.orgId,
      csrfToken: sessions.csrfToken,
      expiresAt: sessions.expiresAt,
      role: memberships.role,
      orgSlug: organizations.slug,
      orgName: organizations.name,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(
      memberships,
      and(eq(memberships.orgId, sessions.orgId), eq(memberships.userId, sessions.userId)),
    )
    .leftJoin(organizations, eq(organizations.id, memberships.orgId))
    .where(and(eq(sessions.tokenHash, hashToken(token)), gt(sessions.expiresAt, now)))
    .limit(1);
  const row = rows[0];
  if (!row) return null;
  // A session whose membership is gone keeps the user signed in but outside any organization.
  const role = row.role ?? null;
  return {
    ...row,
    orgId: role ? row.orgId : null,
    role,
    orgSlug: role ? (row.orgSlug ?? null) : null,
    orgName: role ? (row.orgName ?? null) : null,
  };
}

export async function deleteSession(db: Db, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, hashToken(token)));
}

export async function purgeExpiredSessions(db: Db, now = new Date()): Promise<void> {
  await db.delete(sessions).where(lt(sessions.expiresAt, now));
}
