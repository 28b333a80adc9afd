import type { Db } from '../../db/client.ts';
import { setupTokens } from '../../db/schema/index.ts';
import { hashToken, newToken } from '../auth/tokens.ts';
import { isDatabaseEmpty } from './setup.ts';

/** A one-time setup link token, valid for a day; only issued while no user exists. */
export async function issueSetupToken(db: Db, now = new Date()): Promise<string | null> {
  if (!(await isDatabaseEmpty(db))) return null;
  const token = newToken();
  await db
    .insert(setupTokens)
    .values({ tokenHash: hashToken(token), expiresAt: new Date(now.getTime() + 86_400_000) });
  return token;
}
