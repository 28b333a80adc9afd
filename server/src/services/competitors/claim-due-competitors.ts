import type { Db } from '../../db/client.ts';
import { competitors } from '../../db/schema/index.ts';
import { claimDuePolled } from '../polling/claim-due-polled.ts';

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
