import { type BusinessProfile, composeDraft } from '@rebound/server/drafting/index';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { storedDeviceReply } from './device-helpers.ts';
import { judgedProfile } from './judged/profile.ts';

// Two stitches a reader hears: "Let me know if that suits you, and I will refund…" where no offer came before for
// "that" to point at, and a reply to a complaint about value that asks for a word because "I would value" one.

const store: BusinessProfile = judgedProfile('electronics-store');
const sentences = (text: string): string[] => text.split(/(?<=[.!?])\s+/);

function draft(
  review: { author: string | null; rating: number; text: string; title: string | null; itemName?: string },
  variant?: number,
): string {
  return composeDraft(review, triageReview(review, { sectorGroup: sectorGroupOf(store.sector) }), store, {
    recent: [],
    ...(variant === undefined ? {} : { variant }),
  }).text;
}

describe('a reply read as one piece', () => {
  it('never asks whether "that" suits them before anything has been offered', () => {
    const drafts = [130, 207, 301, 343, 481, 528, 691, 999].map(storedDeviceReply);
    for (const d of drafts) {
      const all = sentences(d);
      for (const [i, s] of all.entries())
        if (/\bif that suits you\b/i.test(s))
          expect(all[i - 1] ?? '', d).toMatch(/\b(?:refund|replace|offer|money back|send|arrange)\w*\b/i);
      // Each still offers the money back with its time.
      expect(d).toMatch(/\b(?:refund|full price|money back)\b/);
      expect(d).toMatch(/\b(?:within|inside) (?:seventy-two hours|three days)\b/);
    }
  });

  it('does not ask for a word it would "value" when the complaint was about value', () => {
    const review = {
      author: null,
      rating: 2,
      text: 'Poor value for money. The cable works but costs four times what a plain one does.',
      title: null,
    };
    const replies = Array.from({ length: 60 }, (_, variant) => draft(review, variant));
    // Some replies still ask to hear from the reviewer, and some name the value.
    expect(
      replies.filter((d) => /\b(?:talk it over|hear the whole story|hear your side|hear more)\b/.test(d))
        .length,
    ).toBeGreaterThan(0);
    expect(replies.filter((d) => /\bvalue\b/.test(d)).length).toBeGreaterThan(0);
    for (const d of replies) expect(d.match(/\bvalu\w*/g)?.length ?? 0, d).toBeLessThanOrEqual(1);
  });
});
