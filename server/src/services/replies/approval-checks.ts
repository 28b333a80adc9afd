import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { organizations, replyDrafts, reviews, sources } from '../../db/schema/index.ts';
import { conflict, notFound } from '../errors.ts';
import { API_POSTING_KINDS } from '../posting/posting-targets.ts';

// Sources whose platform accepts replies through an API; everything else is copied and marked posted by hand.
// The posting worker's table decides which platforms are posted to through their API.
export const POSTABLE_KINDS = new Set<string>(API_POSTING_KINDS);

export async function loadOpenDraft(db: Db, orgId: string, draftId: string) {
  const [row] = await db
    .select({
      id: replyDrafts.id,
      reviewId: replyDrafts.reviewId,
      text: replyDrafts.text,
      status: replyDrafts.status,
      reviewText: reviews.text,
      sourceKind: sources.kind,
      settings: organizations.settings,
    })
    .from(replyDrafts)
    .innerJoin(reviews, and(eq(reviews.orgId, replyDrafts.orgId), eq(reviews.id, replyDrafts.reviewId)))
    .innerJoin(sources, and(eq(sources.orgId, reviews.orgId), eq(sources.id, reviews.sourceId)))
    .innerJoin(organizations, eq(organizations.id, replyDrafts.orgId))
    .where(and(eq(replyDrafts.orgId, orgId), eq(replyDrafts.id, draftId)));
  if (!row) throw notFound('Draft');
  if (row.status !== 'draft' && row.status !== 'sent_back')
    throw conflict(`This draft is already ${row.status.replace('_', ' ')}`);
  return row;
}

export function isRegulated(settings: Record<string, unknown>): boolean {
  const profile = settings.profile as { regulated?: unknown } | undefined;
  return profile?.regulated === true;
}
