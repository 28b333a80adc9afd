import type { NormalizedReview } from '@rebound/shared';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { pollRuns, sources } from '../../db/schema/index.ts';
import { getBusinessProfile } from '../orgs/get-business-profile.ts';
import { type IngestResult, ingestReviews } from '../reviews/ingest-reviews.ts';
import type { WebhookSource } from './find-webhook-source.ts';

/** Stores pushed reviews and logs the push as a run, so the Sources page shows when the sender last spoke. */
export async function storePushedReviews(
  db: Db,
  source: WebhookSource,
  items: NormalizedReview[],
): Promise<IngestResult> {
  const startedAt = new Date();
  const profile = await getBusinessProfile(db, source.orgId);
  const result = await ingestReviews(
    db,
    {
      orgId: source.orgId,
      sourceId: source.id,
      locationId: source.locationId,
      profile,
      isCompleteList: false,
      now: startedAt,
    },
    items,
  );
  await db.insert(pollRuns).values({
    orgId: source.orgId,
    sourceId: source.id,
    worker: 'webhook',
    startedAt,
    finishedAt: new Date(),
    fetched: result.fetched,
    created: result.created,
    updated: result.updated,
  });
  await db
    .update(sources)
    .set({ lastPolledAt: startedAt, health: 'ok', lastError: null, consecutiveFailures: 0 })
    .where(and(eq(sources.orgId, source.orgId), eq(sources.id, source.id)));
  return result;
}
