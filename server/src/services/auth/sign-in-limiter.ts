import { and, eq, gt, inArray, lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { signInThrottles } from '../../db/schema/index.ts';
import { DomainError } from '../errors.ts';

/** How many attempts one key may make in a window, and how long it stays locked after that. */
export type ThrottlePolicy = { maxAttempts: number; windowMinutes: number; lockMinutes: number };

/**
 * Per account: five failed passwords lock the account (the typed e-mail, known or not) for 15 minutes.
 * Per address: twenty failures in 15 minutes from one client address, which slows spraying across many
 * accounts. A successful sign-in clears its account's count and gives its own address attempt back.
 */
export const accountPolicy: ThrottlePolicy = { maxAttempts: 5, windowMinutes: 15, lockMinutes: 15 };
export const addressPolicy: ThrottlePolicy = { maxAttempts: 20, windowMinutes: 15, lockMinutes: 15 };

// The same words whichever limit is reached, and whether or not the account exists.
const LOCKED = 'Too many failed sign-in attempts. Try again in a few minutes.';

export const accountKey = (email: string) => `account:${email}`;
/**
 * The address a limit counts: an IPv4 address as it is, an IPv6 client by its /64, since one home or server
 * usually holds a whole /64 and could otherwise change address for every guess.
 */
export function addressKey(ip: string): string {
  const bare = ip.split('%')[0] ?? ip;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(bare);
  if (mapped) return `address:${mapped[1]}`;
  if (!bare.includes(':')) return `address:${bare}`;
  const [head = '', tail = ''] = bare.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const missing = bare.includes('::') ? Math.max(0, 8 - left.length - right.length) : 0;
  const groups = [...left, ...Array<string>(missing).fill('0'), ...right].slice(0, 4);
  return `address:${groups.map((g) => (Number.parseInt(g, 16) || 0).toString(16)).join(':')}::/64`;
}

const minutes = (n: number) => n * 60_000;

/**
 * Count one attempt for `key` before its password is checked, in one statement, so that however many
 * attempts arrive at once, in one process or in several sharing the database, no more than the policy's
 * allowance is ever checked. Returns false (nothing counted) while the key is locked.
 */
export async function reserveAttempt(db: Db, key: string, policy: ThrottlePolicy, now = new Date()) {
  const t = signInThrottles;
  const windowStart = new Date(now.getTime() - minutes(policy.windowMinutes));
  const lockEnd = new Date(now.getTime() + minutes(policy.lockMinutes));
  // A window that has run out, or a lock that has expired, starts the count again.
  const isFresh = sql`(${t.windowStartedAt} <= ${windowStart.toISOString()}::timestamptz or ${t.lockedUntil} is not null)`;
  const attempts = sql`case when ${isFresh} then 1 else ${t.attempts} + 1 end`;
  const rows = await db
    .insert(t)
    .values({
      key,
      attempts: 1,
      windowStartedAt: now,
      lockedUntil: policy.maxAttempts <= 1 ? lockEnd : null,
      updatedAt: now,
    })
    .onConflictDoUpdate({
      target: t.key,
      set: {
        attempts,
        windowStartedAt: sql`case when ${isFresh} then ${now.toISOString()}::timestamptz else ${t.windowStartedAt} end`,
        lockedUntil: sql`case when ${attempts} >= ${policy.maxAttempts} then ${lockEnd.toISOString()}::timestamptz end`,
        updatedAt: now,
      },
      where: sql`${t.lockedUntil} is null or ${t.lockedUntil} <= ${now.toISOString()}::timestamptz`,
    })
    .returning({ attempts: t.attempts });
  return rows.length === 1;
}

/**
 * Reserve an attempt on every key in order; when one is locked, give back the ones already reserved (an attempt
 * refused unchecked taught the guesser nothing) and refuse the sign-in.
 */
export async function reserveSignInAttempt(db: Db, keys: { key: string; policy: ThrottlePolicy }[]) {
  const reserved: string[] = [];
  for (const { key, policy } of keys) {
    if (!(await reserveAttempt(db, key, policy))) {
      for (const done of reserved) await giveBackAttempt(db, done);
      throw new DomainError('rate_limited', LOCKED);
    }
    reserved.push(key);
  }
}

async function giveBackAttempt(db: Db, key: string) {
  const t = signInThrottles;
  await db
    .update(t)
    .set({ attempts: sql`greatest(${t.attempts} - 1, 0)` })
    .where(and(eq(t.key, key), gt(t.attempts, 0)));
}

/** After a right password: the account starts from zero and the address gets its reserved attempt back. */
export async function releaseAfterSuccess(db: Db, account: string, address: string | null) {
  await db.delete(signInThrottles).where(eq(signInThrottles.key, account));
  if (address) await giveBackAttempt(db, address);
}

/** Rows for keys nobody has tried for a day say nothing any more; drop a batch of them. */
export async function pruneThrottles(db: Db, now = new Date()) {
  const t = signInThrottles;
  const stale = db
    .select({ key: t.key })
    .from(t)
    .where(lt(t.updatedAt, new Date(now.getTime() - minutes(24 * 60))))
    .limit(500);
  await db.delete(t).where(inArray(t.key, stale));
}
