import { type BusinessProfile, composeDraft } from '@rebound/server/drafting/index';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { loadMultiDomain } from '../triage/load-sentiment-data.ts';
import { judgedProfile } from './judged/profile.ts';

// An apology with no verb of its own ("Apologies for the poor lock", "My apologies that the sound was so poor") or
// one that asks ("Please accept my apologies…") is not run on into the offer with ", and I can arrange…": that joins a
// clause to a phrase. Drafted alone on real electronics reviews; an apology that is a sentence still runs on.

const store: BusinessProfile = judgedProfile('electronics-store');
const reviews = loadMultiDomain('electronics_negative.review');

function draftOf(index: number): string {
  const r = reviews[index];
  if (!r) throw new Error(`no review ${index}`);
  const review = {
    author: r.reviewer,
    rating: r.rating,
    text: r.text,
    title: r.title,
    itemName: r.productName,
  };
  return composeDraft(review, triageReview(review, { sectorGroup: sectorGroupOf(store.sector) }), store, {
    recent: [],
  }).text;
}

const RUN_ON_PHRASE =
  /(?:^|\n|\. )(?:(?:My|Our) apologies|Apologies|Please accept my apologies)\b[^.]*, and I\b/;

describe('an apology said as a phrase', () => {
  const drafts = Array.from({ length: 400 }, (_, i) => draftOf(i));

  it('is never run on into the offer', () => {
    const runOn = drafts.filter((d) => RUN_ON_PHRASE.test(d));
    expect(runOn, runOn.join('\n---\n')).toEqual([]);
  });

  it('still opens some replies, and an apology that is a sentence still runs on into the offer', () => {
    expect(
      drafts.filter((d) => /(?:^|\n)(?:My apologies|Apologies|Please accept my apologies)\b/.test(d)).length,
    ).toBeGreaterThan(5);
    expect(
      drafts.filter((d) => /(?:^|\n)I (?:am|was) [^.]*\bsorry\b[^.]*, and I (?:can|will|would)\b/.test(d))
        .length,
    ).toBeGreaterThan(5);
  });
});
