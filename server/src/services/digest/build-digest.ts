import type { Db } from '../../db/client.ts';
import { addDays, type Day } from '../rollups/day-ranges.ts';
import { getOpenCases } from '../trends/get-open-cases.ts';
import { getOverview } from '../trends/get-overview.ts';
import { getThemes } from '../trends/get-themes.ts';
import { listNeedsAttention } from './list-needs-attention.ts';

/** The week ending on `weekEnd` (inclusive, UTC days) next to the week before it, and what needs attention now. */
export async function buildDigest(db: Db, orgId: string, weekEnd: Day) {
  const week = { from: addDays(weekEnd, -6), to: weekEnd };
  const [overview, themes, attention, cases] = await Promise.all([
    getOverview(db, orgId, week),
    getThemes(db, orgId, week),
    listNeedsAttention(db, orgId, { limit: 5 }),
    getOpenCases(db, orgId),
  ]);
  return { week, overview, themes: themes.top.slice(0, 3), attention, openCases: cases.open };
}

export type Digest = Awaited<ReturnType<typeof buildDigest>>;
