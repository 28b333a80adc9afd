import { readPraise } from '@rebound/server/drafting/thanks-praise';
import { quibbleStatedUntold } from '@rebound/server/drafting/thanks-wording';
import { describe, expect, it } from 'vitest';
import { replyTo } from './sample-drafts.ts';

// Lines that weigh a product as only mostly good: "on balance", "overall … seems to", "for the most part".
const HEDGED =
  /\bon balance\b|\boverall\b|\bby and large\b|\bfor the most part\b|\ball told\b|\ball in all\b|\bseems? to be (?:doing|proving|pulling|earning)\b/i;

describe('a five-star product review whose point goes untold', () => {
  // A wish the note cannot tell back ("my only wish is that it came with a case and a neck or wrist strap") is
  // no reason to be lukewarm with someone who gave five stars.
  const review =
    'It is hard to believe the sound from such a small recorder. The voice recordings are clear and the buttons are easy to reach. Priced right and it arrived on time. My only wish is that it came with a case and a neck or wrist strap, since it rides around in whatever pocket is free.';

  it('is glad of the product plainly, with no hedge', () => {
    expect(replyTo('electronics', review, 5)).not.toMatch(HEDGED);
  });

  it('answers the point, or weighs the whole, for four stars (near miss)', () => {
    // The same point with four stars held back is answered: in a general word where it cannot be told back ("I
    // appreciate you including the critique alongside the praise"), or by weighing the whole ("overall, it seems to be
    // proving useful to you").
    const replies = ['', ' Fine.', ' Good.', ' Works.', ' Handy.', ' Recommended.', ' Solid.', ' Nice.'].map(
      (tail) => replyTo('electronics', review + tail, 4),
    );
    for (const r of replies)
      expect(HEDGED.test(r) || quibbleStatedUntold.some((line) => r.includes(line)), r).toBe(true);
  });
});

describe('praise said of a bowl or a plate of something', () => {
  it('names the dish the reviewer praised inside "bowls of"', () => {
    const praise = readPraise('Enormous bowls of delicious pho, served quickly with friendly service.');
    expect(praise.map((p) => p.subject)).toContain('the pho');
  });

  it('reads no praise from what the place ran out of (near miss)', () => {
    const praise = readPraise('They ran out of fresh bread by noon, but the soup was lovely.');
    expect(praise.map((p) => p.subject)).not.toContain('the bread');
    expect(praise.map((p) => p.subject)).toContain('the soup');
  });
});
