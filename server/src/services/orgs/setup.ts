import { and, count, eq, gt, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { setupTokens, users } from '../../db/schema/index.ts';
import { hashToken } from '../auth/tokens.ts';

export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(users);
  return (row?.n ?? 0) === 0;
}

export async function isSetupTokenValid(db: Db, token: string, now = new Date()): Promise<boolean> {
  const rows = await db
    .select({ h: setupTokens.tokenHash })
    .from(setupTokens)
    .where(
      and(
        eq(setupTokens.tokenHash, hashToken(token)),
        gt(setupTokens.expiresAt, now),
        isNull(setupTokens.usedAt),
      ),
    )
    .limit(1);
  return rows.length === 1 && (await isDatabaseEmpty(db));
}

export type CreateOrgInput = {
  orgName: string;
  orgSlug: string;
  postalAddress: string;
  ownerName: string;
  ownerEmail: string;
  ownerPassword: string;
  settings?: Record<string, unknown>;
};
