import { describe, expect, it } from 'vitest';
import { judged } from './remedy-helpers.ts';
import { draftFor } from './sample-drafts.ts';

const shop = judged('electronics-store');

describe('a shop apologising for a helpline that was no help', () => {
  it('puts the goods that sent the buyer there first', () => {
    const text =
      'It has great features, but I returned mine. It would not go past the first waypoint and kept telling me to take a u-turn. The manual was no help. Support was no help. So it went back.';
    const reply = draftFor(shop, text, 1).text;
    expect(reply).toMatch(/gave you so much trouble/);
    expect(reply).toMatch(/support you turned to did so little to help|getting help from support/);
  });

  it('names the fault itself where it can be read, not "so much trouble" (near miss)', () => {
    const reply = draftFor(shop, 'The screen cracked after a week. Support was no help at all.', 1).text;
    expect(reply).toMatch(/screen (?:broke|cracked)/);
    expect(reply).not.toMatch(/gave you so much trouble/);
  });
});
