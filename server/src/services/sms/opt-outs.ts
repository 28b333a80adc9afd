import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { smsOptOuts } from '../../db/schema/index.ts';

/** Record a STOP. A repeated STOP after a START opts the number out again; the first reply's time is kept. */
export async function recordSmsOptOut(db: Db, phone: string, keyword: string, messageSid: string | null) {
  await db
    .insert(smsOptOuts)
    .values({ phone, keyword, messageSid })
    .onConflictDoUpdate({ target: smsOptOuts.phone, set: { keyword, messageSid, resumedAt: null } });
}

/** The number's own START: the only way a STOP is lifted. */
export async function resumeSms(db: Db, phone: string): Promise<boolean> {
  const rows = await db
    .update(smsOptOuts)
    .set({ resumedAt: new Date() })
    .where(and(eq(smsOptOuts.phone, phone), isNull(smsOptOuts.resumedAt)))
    .returning({ phone: smsOptOuts.phone });
  return rows.length > 0;
}

export async function isSmsOptedOut(db: Db, phone: string): Promise<boolean> {
  const rows = await db
    .select({ phone: smsOptOuts.phone })
    .from(smsOptOuts)
    .where(and(eq(smsOptOuts.phone, phone), isNull(smsOptOuts.resumedAt)));
  return rows.length > 0;
}

/** Phone numbers compare as E.164: spaces, dots, dashes and brackets are how people write them, not part of them. */
export function normalizePhone(raw: string): string | null {
  const compact = raw.trim().replace(/[\s().-]/g, '');
  const e164 = compact.startsWith('00') ? `+${compact.slice(2)}` : compact;
  return /^\+[1-9]\d{6,14}$/.test(e164) ? e164 : null;
}
