import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { memberships, users } from '../../db/schema/index.ts';
import { DomainError } from '../errors.ts';
import { dummyPasswordHash, verifyPassword } from './password.ts';
import { createSession } from './sessions.ts';

const MAX_FAILURES = 5;
const LOCK_MINUTES = 15;

// One message for every failure, so a sign-in form never tells which emails exist.
const GENERIC = 'Email or password is incorrect';

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Check the password, count failures (locking the account after several), and open a fresh session. */
export async function signIn(
  db: Db,
  input: { email: string; password: string },
  ttlHours: number,
  now = new Date(),
) {
  const email = normalizeEmail(input.email);
  const rows = await db
    .select({
      id: users.id,
      passwordHash: users.passwordHash,
      failedLogins: users.failedLogins,
      lockedUntil: users.lockedUntil,
    })
    .from(users)
    .where(eq(users.email, email))
    .limit(1);
  const user = rows[0];
  if (!user) {
    await verifyPassword(await dummyPasswordHash(), input.password);
    throw new DomainError('unauthorized', GENERIC);
  }
  if (user.lockedUntil && user.lockedUntil > now) {
    throw new DomainError('rate_limited', 'Too many failed attempts. Try again in a few minutes.');
  }
  if (!(await verifyPassword(user.passwordHash, input.password))) {
    const failures = user.failedLogins + 1;
    await db
      .update(users)
      .set({
        failedLogins: failures >= MAX_FAILURES ? 0 : failures,
        lockedUntil: failures >= MAX_FAILURES ? new Date(now.getTime() + LOCK_MINUTES * 60_000) : null,
      })
      .where(eq(users.id, user.id));
    throw new DomainError('unauthorized', GENERIC);
  }
  await db.update(users).set({ failedLogins: 0, lockedUntil: null }).where(eq(users.id, user.id));
  const first = await db
    .select({ orgId: memberships.orgId })
    .from(memberships)
    .where(eq(memberships.userId, user.id))
    .orderBy(sql`${memberships.createdAt} asc`)
    .limit(1);
  return { userId: user.id, ...(await createSession(db, user.id, first[0]?.orgId ?? null, ttlHours)) };
}
