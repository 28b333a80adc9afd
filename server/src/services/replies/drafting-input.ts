import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { replyDrafts, reviews, sources } from '../../db/schema/index.ts';
import { sectorGroupOf, themeTaxonomyFor, triageReview } from '../../triage/index.ts';
import { notFound } from '../errors.ts';
import { getBusinessProfile } from '../orgs/get-business-profile.ts';

export async function loadForDrafting(db: Db, orgId: string, draftId: string) {
  const [row] = await db
    .select({
      reviewId: reviews.id,
      author: reviews.author,
      rating: reviews.rating,
      text: reviews.text,
      title: reviews.title,
      language: reviews.language,
      externalId: reviews.externalId,
      sourceKind: sources.kind,
    })
    .from(replyDrafts)
    .innerJoin(reviews, and(eq(reviews.orgId, replyDrafts.orgId), eq(reviews.id, replyDrafts.reviewId)))
    .innerJoin(sources, and(eq(sources.orgId, reviews.orgId), eq(sources.id, reviews.sourceId)))
    .where(and(eq(replyDrafts.orgId, orgId), eq(replyDrafts.id, draftId)));
  if (!row) throw notFound('Draft');
  const profile = await getBusinessProfile(db, orgId);
  const sectorGroup = sectorGroupOf(profile.sector);
  const triage = triageReview(
    { rating: row.rating, text: row.text, title: row.title, language: row.language },
    { taxonomy: themeTaxonomyFor(sectorGroup, profile.themeExtensions), sectorGroup },
  );
  return { review: row, profile, triage };
}
