import { describe, expect, it } from 'vitest';
import { everyWording, judged } from './remedy-helpers.ts';

// Goods called cheaply made are told back as how they struck the buyer, in words that add no fault of their own.
const store = judged('electronics-store');

describe('goods the buyer found poorly made', () => {
  const text = 'The case is cheaply made and the hinge cracked after a week of normal use.';

  it('are never called flimsy unless the buyer said so', () => {
    for (const reply of everyWording(store, text, { rating: 1, count: 12 }))
      expect(reply).not.toMatch(/flimsy/i);
  });

  it('keep "flimsy" open where the buyer used the word (near miss)', () => {
    const said = 'Flimsy plastic everywhere; the hinge cracked after a week of normal use.';
    expect(everyWording(store, said, { rating: 1, count: 12 }).join(' ')).toMatch(
      /well made|build quality|solidly made|cracked/i,
    );
  });
});
