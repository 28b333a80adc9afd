import { type BusinessProfile, composeDraft, type Draft } from '@rebound/server/drafting/index';
import { readPraise } from '@rebound/server/drafting/thanks-praise';
import { sectorGroupOf, type Triage, triageReview } from '@rebound/server/triage/index';
import { asDraftReview, loadMultiDomain } from '../triage/load-sentiment-data.ts';
import { judgedProfile } from './judged/profile.ts';
import { loadProfile, loadSet } from './sample-drafts.ts';

/** Anything that reads as a reward: a public one after a good review looks like paying for reviews. */
export const COMPENSATION =
  /(?<!\p{L})(?:refund\p{L}*|discount\p{L}*|vouchers?|gift(?:s| card| certificate)?(?! shop)|coupons?|free|on us|on the house|complimentary|\d+\s?% off|store credit|credit note|dinner for two|a drink on|a round on|comp(?:ed|ing)?|reimburs\p{L}*|compensat\p{L}*)(?!\p{L})/iu;
/** The marks of a complaint reply: an apology or an offer to put something right. */
export const COMPLAINT_STYLE =
  /(?<!\p{L})(?:sorry|apologi[sz]e|apologies|fell short|let you down|put (?:this|it|things) right|make (?:this|it) right|make it up)(?!\p{L})/iu;

export type HappyDraft = {
  text: string;
  rating: number;
  review: string;
  draft: Draft;
  triage: Triage;
  profile: BusinessProfile;
};

/**
 * The 1,000 happy reviews of the drafting benchmark: all 500 4–5 star local-business reviews, each drafted for a
 * profile of its trade (a shop when the trade is unknown), and the first 500 4–5 star electronics reviews drafted
 * for a kitchen and electronics store.
 */
export function draftHappyReviews(): HappyDraft[] {
  const local = loadSet('positive', { keepUnknownKind: true });
  const electronics = loadSet('electronics-positive')
    .filter((r) => r.rating >= 4)
    .slice(0, 500);
  return [...local, ...electronics].map((r) => {
    const profile = loadProfile(r.kind);
    const triage = triageReview(r, { sectorGroup: sectorGroupOf(profile.sector) });
    const draft = composeDraft(r, triage, profile);
    return { text: draft.text, rating: r.rating, review: r.text, draft, triage, profile };
  });
}

/** The reply drafted for a review of a business of the given kind, with no replies before it. */
export const replyTo = (kind: string, text: string, rating = 5, title: string | null = null): string => {
  const profile = loadProfile(kind);
  const r = { author: null, rating, text, title };
  return composeDraft(r, triageReview(r, { sectorGroup: sectorGroupOf(profile.sector) }), profile, {
    recent: [],
  }).text;
};

export const isComplaintStyle = (d: HappyDraft): boolean =>
  d.draft.kind === 'reply' || (d.draft.kind === 'thanks' && COMPLAINT_STYLE.test(d.text));
export const offersCompensation = (d: HappyDraft): boolean => COMPENSATION.test(d.text);

/** The reply without its sign-off. */
export const bodyOf = (text: string): string => text.slice(0, text.lastIndexOf('\n— '));
/** The reply's sentences, without the greeting and the sign-off. */
export const sentencesOf = (text: string): string[] =>
  bodyOf(text)
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0 && !/^(?:Hi|Hello|Dear)\b[^.]*,$/.test(s));

/** One review on a business's page: 5 stars and no title unless said. */
export type PageReview = { text: string; rating?: number; title?: string; itemName?: string };

/** The replies of one business's page, each drafted in order with the replies before it as its recent replies. */
export function draftPage(profile: BusinessProfile, reviews: readonly (string | PageReview)[]): string[] {
  const recent: string[] = [];
  for (const review of reviews) {
    const item = typeof review === 'string' ? { text: review } : review;
    const r = {
      author: null,
      rating: item.rating ?? 5,
      text: item.text,
      title: item.title ?? null,
      itemName: item.itemName ?? null,
    };
    const triage = triageReview(r, { sectorGroup: sectorGroupOf(profile.sector) });
    recent.push(composeDraft(r, triage, profile, { recent }).text);
  }
  return recent;
}

/** The thank-yous the judged electronics store drafts alone for these electronics positives (0-based indexes). */
export function electronicsThanks(indexes: readonly number[]): string[] {
  const profile = judgedProfile('electronics-store');
  const reviews = loadMultiDomain('electronics_positive.review');
  return indexes
    .map((i) => reviews[i])
    .filter((r) => r !== undefined)
    .map((r) => {
      const review = asDraftReview(r);
      const triage = triageReview(review, { sectorGroup: sectorGroupOf(profile.sector) });
      return composeDraft(review, triage, profile, { recent: [] }).text;
    });
}

/** What `readPraise` reads as praised in a text, by name only. */
export const praisedSubjects = (text: string): string[] => readPraise(text).map((p) => p.subject);
