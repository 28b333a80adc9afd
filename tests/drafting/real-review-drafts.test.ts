import { demoReviews } from '@rebound/server/demo/demo-reviews';
import { composeDraft, demoBusinessProfile } from '@rebound/server/drafting/index';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { checkReply, hasBlocking } from '@rebound/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  COMPENSATION,
  draftHappyReviews,
  type HappyDraft,
  isComplaintStyle,
  offersCompensation,
} from './happy-drafts.ts';
import { loadProfile, loadSet } from './sample-drafts.ts';

const body = (text: string): string => text.slice(0, text.lastIndexOf('\n— '));
const sentencesOf = (text: string): string[] =>
  body(text)
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0 && !/^(?:Hi|Hello|Dear)\b[^.]*,$/.test(s));

describe('replies to 1,000 real happy reviews (4–5 stars)', () => {
  let drafted: HappyDraft[] = [];
  beforeAll(() => {
    drafted = draftHappyReviews();
  });

  it('drafts all 1,000', () => {
    expect(drafted).toHaveLength(1000);
  });

  it('never offers compensation, a gift or a discount', () => {
    expect(
      drafted
        .filter(offersCompensation)
        .map((d) => d.text)
        .slice(0, 3),
    ).toEqual([]);
  });

  it('never answers a quibble it cannot name with a stock line about "what could be better"', () => {
    expect(drafted.filter((d) => /what could be better/i.test(d.text)).map((d) => d.text)).toEqual([]);
  });

  // Frames that hold the praised thing up stiffly ("Hearing your apartment got a mention is a real pleasure"), or that
  // read as thanks for raising a problem ("Thank you for bringing up the buffet").
  it('never thanks in a stitched frame or one that reads as thanks for a complaint', () => {
    const stitched = /got a mention|for giving .{1,60} a mention|for bringing up|running to plan/i;
    expect(drafted.filter((d) => stitched.test(d.text)).map((d) => d.text)).toEqual([]);
  });

  it('answers at most 2 % like a complaint', () => {
    expect(drafted.filter(isComplaintStyle).length).toBeLessThanOrEqual(20);
  });

  // A page's short two-sentence note (thanks for what was praised, then the invitation) runs to a dozen words.
  it('keeps thank-you notes between 12 and 80 words of their own, greeting and sign-off aside', () => {
    const words = drafted
      .filter((d) => d.draft.kind === 'thanks')
      .map((d) => sentencesOf(d.text).join(' ').split(/\s+/).length);
    expect(Math.max(...words)).toBeLessThanOrEqual(80);
    expect(Math.min(...words)).toBeGreaterThanOrEqual(12);
  });

  it('uses no single sentence in more than 10 % of the thank-you notes', () => {
    const counts = new Map<string, number>();
    for (const d of drafted)
      for (const s of new Set(sentencesOf(d.text))) counts.set(s, (counts.get(s) ?? 0) + 1);
    expect([...counts].filter(([, n]) => n > 100)).toEqual([]);
  });
});

describe('replies to real negative local-business reviews', () => {
  const negatives = loadSet('negative');
  const drafts = negatives.map((r) => {
    const profile = loadProfile(r.kind);
    const triage = triageReview(r, { sectorGroup: sectorGroupOf(profile.sector) });
    return { review: r, profile, draft: composeDraft(r, triage, profile) };
  });

  const sentenceCounts = (slice: typeof drafts): Map<string, number> => {
    const counts = new Map<string, number>();
    for (const d of slice)
      for (const s of new Set(sentencesOf(d.draft.text))) counts.set(s, (counts.get(s) ?? 0) + 1);
    return counts;
  };

  it('varies its wording: no sentence in more than 10 % of all the drafts', () => {
    const limit = drafts.length * 0.1;
    expect([...sentenceCounts(drafts)].filter(([, n]) => n > limit)).toEqual([]);
  });

  it('varies its wording on a page: no sentence in more than 7 of any 40 consecutive drafts', () => {
    for (let start = 0; start + 40 <= drafts.length; start += 40) {
      expect([...sentenceCounts(drafts.slice(start, start + 40))].filter(([, n]) => n > 7)).toEqual([]);
    }
  });

  it('keeps replies short: most between 40 and 120 words', () => {
    const words = drafts.filter((d) => d.draft.kind === 'reply').map((d) => d.draft.text.split(/\s+/).length);
    expect(words.filter((n) => n >= 40 && n <= 120).length).toBeGreaterThanOrEqual(words.length * 0.9);
  });

  it('never produces a blocking safety finding or a stock filler line', () => {
    for (const { review, profile, draft } of drafts) {
      const ctx = {
        regulated: profile.regulated,
        reviewText: review.text,
        businessContacts: [profile.contactEmail, profile.contactPhone],
      };
      expect(hasBlocking(checkReply(draft.text, ctx)), draft.text).toBe(false);
      expect(draft.text).not.toMatch(/patience|annoy anyone|within \d+ hours/i);
    }
  });

  it('never names the contact in the third person in a reply the contact signs', () => {
    for (const { profile, draft } of drafts) {
      if (profile.signOff && !profile.signOff.includes(profile.contactName.split(' ')[0] ?? '')) continue;
      expect(body(draft.text)).not.toContain(profile.contactName);
    }
  });
});

describe('the demo reviews', () => {
  const drafts = demoReviews.map((r) => {
    const triage = triageReview(r, { sectorGroup: sectorGroupOf(demoBusinessProfile.sector) });
    return { review: r, draft: composeDraft({ ...r, externalId: r.id }, triage, demoBusinessProfile) };
  });
  const byId = (id: string) => drafts.find((d) => d.review.id === id)?.draft.text ?? '';

  it('escalate the brake failure with a holding reply that names the brakes and admits nothing', () => {
    const brake = drafts.find((d) => d.review.id === 'd04')?.draft;
    expect(brake?.kind).toBe('holding');
    expect(brake?.text).toMatch(/brake/);
    expect(brake?.text).not.toMatch(/on us|our fault|sorry|apolog|free|refund|discount/i);
  });

  it('never apologise for the work in the review that says the work was fine', () => {
    expect(byId('d02')).not.toMatch(/trouble with the work|the work was|standard of the work/i);
    expect(byId('d02')).toMatch(/wait/);
  });

  it('name the misquote in the review that was charged more than quoted, and offer a call', () => {
    expect(byId('d07')).toMatch(/quoted|quote/);
    expect(byId('d07')).toMatch(/call me|reach me|email me|ring me|get in touch/i);
  });

  it('offer nothing to the 4–5 star reviewers', () => {
    for (const { review, draft } of drafts)
      if (review.rating >= 4) expect(draft.text).not.toMatch(COMPENSATION);
  });
});
