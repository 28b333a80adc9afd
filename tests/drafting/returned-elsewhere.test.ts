import { describe, expect, it } from 'vitest';
import { body, draftFor, judged, offered, stepFor } from './remedy-helpers.ts';

const store = judged('electronics-store');

describe('goods bought from another seller and already taken back there', () => {
  it('says the return is done rather than offering anything of ours', () => {
    for (const text of [
      "got it at walmart can't even remove a scuff. i give it -100 good thing i could return it",
      'I bought this at Best Buy and it never held a charge. I returned it the next day.',
    ]) {
      expect(offered(stepFor(store, text)), text).toBe('call:settled');
      const reply = body(draftFor(store, text));
      expect(reply, text).toMatch(/\b(?:take it back|return it|the return)\b/i);
      expect(reply, text).not.toMatch(/\brefund|replacement|new one\b/i);
    }
  });

  it('says nothing of a return where the goods went back to us or were never taken back', () => {
    for (const text of [
      'It never held a charge. I returned it the next day and am still waiting for my money.',
      'I bought this at Best Buy and it never held a charge. Avoid it.',
      'It stopped playing after a week. Returned it to the Apple Store where purchased to find that there was only a 15 day return policy and I missed it by 2 days.',
      'It stopped charging after a month. I took it back to Best Buy only to find that all of the chargers on their shelf did not work either.',
      'The first one died after 3 days. I returned it to Amazon who immediately replaced it. The second unit lasted 4 days.',
    ]) {
      expect(body(draftFor(store, text)), text).not.toMatch(
        /\b(?:able to take it back|could return it|the return went through)\b/i,
      );
    }
  });
});
