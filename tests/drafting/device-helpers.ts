import { composeDraft } from '@rebound/server/drafting/index';
import { nameComplaints } from '@rebound/server/drafting/name-complaint';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { asDraftReview, loadMultiDomain } from '../triage/load-sentiment-data.ts';
import { judged } from './remedy-helpers.ts';

const store = judged('electronics-store');

/** The reply an electronics store drafts for a low-rated review. */
export const replyTo = (text: string, title: string | null = null, rating = 1): string => {
  const review = { author: 'Sam', rating, text, title };
  return composeDraft(review, triageReview(review, { sectorGroup: sectorGroupOf(store.sector) }), store, {
    recent: [],
  }).text;
};

const storedNegatives = loadMultiDomain('electronics_negative.review');

/** The reply the electronics store drafts alone for a stored negative review (0-based), to its reviewer by name. */
export const storedDeviceReply = (index: number): string => {
  const r = storedNegatives[index];
  if (!r) throw new Error(`no electronics review ${index}`);
  const review = asDraftReview(r);
  return composeDraft(review, triageReview(review, { sectorGroup: sectorGroupOf(store.sector) }), store, {
    recent: [],
  }).text;
};

/** The reply the electronics store drafts for the one stored negative review whose text fits the pattern. */
export const storedReplyWhere = (pattern: RegExp): string => {
  const index = storedNegatives.findIndex((r) => pattern.test(r.text));
  if (index < 0) throw new Error(`no electronics review says ${pattern}`);
  return storedDeviceReply(index);
};

/** The reply an electronics store drafts for a review of goods its feed names. */
export const replyToGoods = (text: string, itemName: string, rating = 1): string => {
  const review = { author: 'Sam', rating, text, title: null, itemName };
  return composeDraft(review, triageReview(review, { sectorGroup: sectorGroupOf(store.sector) }), store, {
    recent: [],
  }).text;
};

/** The clauses the complaint reader names for a product review, strongest first. */
export const named = (text: string, title: string | null = null): string[] =>
  nameComplaints(text, 'retail', title).map((n) => n.clause);
