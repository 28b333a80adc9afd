import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chooseNextStep, type NextStep } from '@rebound/server/drafting/choose-remedy';
import { composeDraft } from '@rebound/server/drafting/index';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { judgedProfile } from './judged/profile.ts';

/** A profile the judged samples are drafted with, by file name under judged/profiles. */
export const judged = (name: string) => judgedProfile(name);
export type Profile = ReturnType<typeof judged>;

/** The next step the product chooses for a review of this business. */
export function stepFor(profile: Profile, text: string, rating = 1): NextStep {
  const triage = triageReview({ rating, text }, { sectorGroup: sectorGroupOf(profile.sector) });
  return chooseNextStep(profile.remedies, triage.situation, triage.themes, {
    regulated: profile.regulated,
    reviewText: text,
    knowsProblem: true,
  });
}

/** The remedy's kind, or "call:<reason>" for a call. */
export const offered = (step: NextStep) =>
  step.kind === 'remedy' ? step.remedy.kind : `call:${step.reason}`;

/** The draft reply's text for a one-star review. */
export const draftFor = (profile: Profile, text: string) => {
  const r = { author: 'Jo B.', rating: 1, text };
  return composeDraft(r, triageReview(r, { sectorGroup: sectorGroupOf(profile.sector) }), profile).text;
};

/** A draft's text without its sign-off. */
export const body = (text: string): string => text.slice(0, text.lastIndexOf('\n— '));

/**
 * Every wording the composer tries for one review (its first `count` variants), without the sign-off, so a rule
 * holds whichever is chosen.
 */
export function everyWording(
  profile: Profile,
  text: string,
  opts: { rating?: number; title?: string | null; itemName?: string | null; count?: number } = {},
): string[] {
  const r = {
    author: null,
    rating: opts.rating ?? 1,
    text,
    title: opts.title ?? null,
    itemName: opts.itemName ?? null,
  };
  const triage = triageReview(r, { sectorGroup: sectorGroupOf(profile.sector) });
  return Array.from({ length: opts.count ?? 6 }, (_, variant) =>
    body(composeDraft(r, triage, profile, { variant }).text),
  );
}

const localNegatives = readFileSync(
  path.resolve(import.meta.dirname, '../../../shared/data/reviews_local/negative.jsonl'),
  'utf8',
).split('\n');
/** The text of a review in the local negative set, by its line number. */
export const localNegative = (line: number): string =>
  (JSON.parse(localNegatives[line - 1] ?? '{}') as { text: string }).text;

/** The texts of the local negative set's reviews of one kind of business, from `from` up to `to` (0-based, in file order). */
export const localNegativesOfKind = (kind: string, from: number, to: number): string[] =>
  localNegatives
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as { text: string; business_kind?: string })
    .filter((r) => r.business_kind === kind)
    .slice(from, to)
    .map((r) => r.text);

/** A reply without the line that sees a refund for goods already sent back home: that checks money owed, it offers none. */
export const withoutRefundCheck = (reply: string): string =>
  reply.replace(
    /[^.]*\b(?:the refund for (?:it|your return|the goods you sent back)|your refund came through|the money for goods you returned)\b[^.]*\./gi,
    '',
  );
