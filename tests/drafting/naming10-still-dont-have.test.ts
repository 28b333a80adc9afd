import { type BusinessProfile, composeDraft } from '@rebound/server/drafting/index';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { loadMultiDomain } from '../triage/load-sentiment-data.ts';
import { judgedProfile } from './judged/profile.ts';

// "I still don't have it" tells of an order gone astray only where the reviewer is speaking of an order or its
// delivery. A real review whose maker promised a driver twice on the phone ("I still don't have it") is not answered
// as a parcel that never came.

const store: BusinessProfile = judgedProfile('electronics-store');

function draft(text: string, title: string | null = null): string {
  const review = { author: null, rating: 1, text, title };
  return composeDraft(review, triageReview(review, { sectorGroup: sectorGroupOf(store.sector) }), store, {
    recent: [],
  }).text;
}

describe('something the reviewer still does not have', () => {
  it('is not an order that never arrived when it was a driver promised on the phone', () => {
    const r = loadMultiDomain('electronics_negative.review')[635];
    if (!r) throw new Error('no review 635');
    const reply = draft(r.text, r.title);
    expect(reply).not.toMatch(/\bnever arrived\b/);
    expect(reply).toMatch(/\bdriver\b/);
  });

  it('is still an order that never arrived when the sentence is about the order', () => {
    expect(
      draft(
        'I ordered this card reader three weeks ago and I still do not have it. Nobody answers my emails.',
      ),
    ).toMatch(/\bnever arrived\b/);
    expect(draft("It was shipped on the 3rd, and I still haven't received it. Useless service.")).toMatch(
      /\bnever arrived\b/,
    );
  });
});
