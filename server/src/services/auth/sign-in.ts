import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { memberships, users } from '../../db/schema/index.ts';
import { DomainError } from '../errors.ts';
import { normalizeEmail } from './normalize-email.ts';
import { dummyPasswordHash, verifyPassword } from './password.ts';
import { createSession } from './sessions.ts';
import {
  accountKey,
  accountPolicy,
  addressKey,
  addressPolicy,
  pruneThrottles,
  releaseAfterSuccess,
  reserveSignInAttempt,
} from './sign-in-limiter.ts';

// One message for every failure, so a sign-in form never tells which emails exist.
const GENERIC = 'Email or password is incorrect';

/**
 * Check the password and open a fresh session. An attempt is counted against the typed e-mail and the client
 * address before the password is checked, so an unknown e-mail is treated exactly like a known one (same
 * count, same lockout, same Argon2 work) and parallel guesses beyond the allowance are refused unchecked.
 */
export async function signIn(
  db: Db,
  input: { email: string; password: string; ip?: string | null },
  ttlHours: number,
) {
  const email = normalizeEmail(input.email);
  const account = accountKey(email);
  const address = input.ip ? addressKey(input.ip) : null;
  await reserveSignInAttempt(db, [
    ...(address ? [{ key: address, policy: addressPolicy }] : []),
    { key: account, policy: accountPolicy },
  ]);
  const rows = await db
    .select({ id: users.id, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.email, email))
    .limit(1);
  const user = rows[0];
  const passwordHash = user?.passwordHash ?? (await dummyPasswordHash());
  if (!(await verifyPassword(passwordHash, input.password)) || !user) {
    await pruneThrottles(db);
    throw new DomainError('unauthorized', GENERIC);
  }
  await releaseAfterSuccess(db, account, address);
  const first = await db
    .select({ orgId: memberships.orgId })
    .from(memberships)
    .where(eq(memberships.userId, user.id))
    .orderBy(sql`${memberships.createdAt} asc`)
    .limit(1);
  return { userId: user.id, ...(await createSession(db, user.id, first[0]?.orgId ?? null, ttlHours)) };
}
