import { fitReplyToPlatform } from '@rebound/shared';
import { checkReply } from '@rebound/shared/tone-check/index';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { replyDrafts, reviews, sources } from '../../db/schema/index.ts';
import {
  composeAlternatives,
  composeDraft,
  describeDraftSource,
  draftWithLlm,
  type LlmConfig,
} from '../../drafting/index.ts';
import { sectorGroupOf, themeTaxonomyFor, triageReview } from '../../triage/index.ts';
import { notFound } from '../errors.ts';
import { getBusinessProfile } from '../orgs/get-business-profile.ts';
import type { Actor } from '../orgs/members.ts';
import { editDraft } from './decide-draft.ts';

async function loadForDrafting(db: Db, orgId: string, draftId: string) {
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

/** A few different drafts for the same review, each with its findings, for the owner to pick from. */
export async function listAlternatives(db: Db, orgId: string, draftId: string, count = 3) {
  const { review, profile, triage } = await loadForDrafting(db, orgId, draftId);
  const ctx = {
    regulated: profile.regulated,
    reviewText: review.text,
    businessContacts: [profile.contactEmail, profile.contactPhone],
  };
  return composeAlternatives(review, triage, profile, count).map((d) => ({
    text: fitReplyToPlatform(d.text, review.sourceKind),
    kind: d.kind,
    promises: d.promises,
    findings: checkReply(d.text, ctx),
  }));
}

/**
 * Write the draft again: through the LLM when one is configured (it falls back to the composer on any
 * problem), else the composer with the next variant, so each press gives a different wording.
 */
export async function regenerateDraft(
  db: Db,
  orgId: string,
  actor: Actor,
  draftId: string,
  llm: LlmConfig | null,
) {
  const { review, profile, triage } = await loadForDrafting(db, orgId, draftId);
  const [current] = await db
    .select({ text: replyDrafts.text })
    .from(replyDrafts)
    .where(and(eq(replyDrafts.orgId, orgId), eq(replyDrafts.id, draftId)));
  let text: string | null = null;
  let origin: 'llm' | 'composer' = 'composer';
  let originNote: string | null = null;
  if (llm) {
    const drafted = await draftWithLlm(review, triage, profile, llm);
    text = drafted.text;
    origin = drafted.source;
    originNote = describeDraftSource(drafted);
  }
  if (!text || text === current?.text) {
    if (origin === 'llm') originNote = 'composer (the LLM wrote the current draft again)';
    origin = 'composer';
    // A random starting variant: pressing again should not bounce between the same two wordings.
    const start = 1 + Math.floor(Math.random() * 1000);
    for (let variant = start; variant < start + 12; variant++) {
      text = composeDraft(review, triage, profile, { variant }).text;
      if (text !== current?.text) break;
    }
  }
  return editDraft(
    db,
    orgId,
    actor,
    { draftId, text: fitReplyToPlatform(text ?? current?.text ?? '', review.sourceKind) },
    { action: 'reply.regenerated', origin, originNote },
  );
}
