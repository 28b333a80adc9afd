import { fitReplyToPlatform } from '@rebound/shared';
import { checkContextFor, checkReply } from '@rebound/shared/tone-check/index';
import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { replyDrafts, reviews, sources } from '../../db/schema/index.ts';
import type { BusinessProfile } from '../../drafting/business-profile.ts';
import {
  composeDraft,
  describeDraftSource,
  draftWithLlm,
  type LlmConfig,
  RECENT_REPLIES,
} from '../../drafting/index.ts';
import { triageReview } from '../../triage/index.ts';
import { triageOptionsFor } from '../reviews/triage-options.ts';

export type PreparedDraft = typeof replyDrafts.$inferInsert;

// Each business's latest drafts in this process, newest last: read once from the database, then kept up to date
// as drafts are written, so a page of replies does not repeat a sentence without a query per review.
const recentByOrg = new Map<string, string[]>();
const MAX_ORGS_REMEMBERED = 1000;

async function recentDraftsOf(db: Db, orgId: string): Promise<string[]> {
  const known = recentByOrg.get(orgId);
  if (known) return known;
  const rows = await db
    .select({ text: replyDrafts.text })
    .from(replyDrafts)
    .where(eq(replyDrafts.orgId, orgId))
    .orderBy(desc(replyDrafts.createdAt))
    .limit(RECENT_REPLIES);
  const recent = rows.map((r) => r.text).reverse();
  if (recentByOrg.size >= MAX_ORGS_REMEMBERED) {
    const oldest = recentByOrg.keys().next().value;
    if (oldest !== undefined) recentByOrg.delete(oldest);
  }
  recentByOrg.set(orgId, recent);
  return recent;
}

function remember(recent: string[], text: string): void {
  recent.push(text);
  if (recent.length > RECENT_REPLIES) recent.shift();
}

/**
 * Write the first draft of a stored review, outside any transaction: the composer is CPU work, a model may
 * take seconds, and on PGlite an open transaction holds the only connection. Triage is run again from the
 * stored text with the business's options (a pure function of them), so the writer sees everything triage
 * knows, not only the columns kept. With an LLM configured it drafts, and the composer is its fallback.
 * A review that got a reply on the platform meanwhile, or left, gets none.
 */
export async function prepareDraft(
  db: Db,
  orgId: string,
  reviewId: string,
  profile: BusinessProfile,
  llm: LlmConfig | null = null,
): Promise<PreparedDraft | null> {
  const [review] = await db
    .select({
      author: reviews.author,
      rating: reviews.rating,
      title: reviews.title,
      text: reviews.text,
      itemName: reviews.itemName,
      language: reviews.language,
      externalId: reviews.externalId,
      ownerReply: reviews.ownerReply,
      status: reviews.status,
      sourceKind: sources.kind,
    })
    .from(reviews)
    .innerJoin(sources, and(eq(sources.orgId, reviews.orgId), eq(sources.id, reviews.sourceId)))
    .where(and(eq(reviews.orgId, orgId), eq(reviews.id, reviewId)));
  if (review?.status !== 'active' || review.ownerReply) return null;
  const triage = triageReview(
    { rating: review.rating, text: review.text, title: review.title, language: review.language },
    triageOptionsFor(profile),
  );
  const written = llm ? await draftWithLlm(review, triage, profile, llm) : null;
  const recent = written ? null : await recentDraftsOf(db, orgId);
  const composed = written ?? composeDraft(review, triage, profile, { recent: recent ?? [] });
  if (recent) remember(recent, composed.text);
  // Google Play takes about 350 characters: the draft is cut there, at a sentence, before the owner sees it.
  const draft = { ...composed, text: fitReplyToPlatform(composed.text, review.sourceKind) };
  return {
    orgId,
    reviewId,
    text: draft.text,
    origin: written?.source === 'llm' ? 'llm' : draft.kind === 'holding' ? 'holding' : 'composer',
    // With an LLM configured the owner sees where the text came from, or why the composer's was kept.
    originNote: written ? describeDraftSource(written) : null,
    findings: checkReply(draft.text, checkContextFor(profile, review)),
    translateBeforePosting: draft.translateBeforePosting,
  };
}
