import { index, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { ts } from './columns.ts';

/**
 * Sign-in attempts counted per account (the typed e-mail, known or not, so a lockout never tells which
 * accounts exist) and per client address. A row is reserved before a password is checked, so parallel
 * guesses cannot all be checked before the first failure is counted, in one process or many.
 */
export const signInThrottles = pgTable(
  'sign_in_throttles',
  {
    /** `account:<normalized e-mail>` or `address:<client address>`. */
    key: text('key').primaryKey(),
    /** Attempts counted in the current window: failures, plus attempts still being checked. */
    attempts: integer('attempts').notNull().default(0),
    windowStartedAt: ts('window_started_at').notNull(),
    lockedUntil: ts('locked_until'),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [index('sign_in_throttles_updated_idx').on(t.updatedAt)],
);
