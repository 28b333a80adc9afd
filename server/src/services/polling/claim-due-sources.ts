import { polledKinds } from '@rebound/shared';
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { sources } from '../../db/schema/index.ts';
import { claimDuePolled } from './claim-due-polled.ts';

export type ClaimedSource = typeof sources.$inferSelect;

/** Claim up to `limit` due sources (or one named source) for this worker; see claimDuePolled for the locking. */
export async function claimDueSources(
  db: Db,
  worker: string,
  opts: { limit: number; leaseSeconds: number; now?: Date; only?: { orgId: string; sourceId: string } },
): Promise<ClaimedSource[]> {
  return claimDuePolled(db, sources, worker, {
    ...opts,
    isDue: and(eq(sources.isPaused, false), inArray(sources.kind, polledKinds)),
    only: opts.only && { orgId: opts.only.orgId, id: opts.only.sourceId },
  });
}
