import type { Db } from '../../db/client.ts';
import { competitors } from '../../db/schema/index.ts';
import { claimDuePolled, releasePolled } from '../polling/claim-polled.ts';

export type ClaimedCompetitor = typeof competitors.$inferSelect;

/** Claim up to `limit` due competitors (or one named competitor) for this worker, locked and leased as sources are. */
export async function claimDueCompetitors(
  db: Db,
  worker: string,
  opts: { limit: number; leaseSeconds: number; now?: Date; only?: { orgId: string; competitorId: string } },
): Promise<ClaimedCompetitor[]> {
  return claimDuePolled(db, competitors, worker, {
    ...opts,
    only: opts.only && { orgId: opts.only.orgId, id: opts.only.competitorId },
  });
}

/** Give the competitor back with its next poll time and health, only if this worker still holds it. */
export function releaseCompetitor(
  db: Db,
  worker: string,
  competitor: { orgId: string; id: string },
  patch: Partial<typeof competitors.$inferInsert>,
): Promise<boolean> {
  return releasePolled(db, competitors, worker, competitor, patch);
}
