import { describe, expect, it } from 'vitest';
import { everyWording, judged } from './remedy-helpers.ts';

const restaurant = judged('restaurant');

describe('others served first beside the wait', () => {
  const servedFirst =
    /\b(?:customers|people) who came in after you were (?:served first|seen to before you)\b/;
  it('does not apologise for being served out of turn and then for the long wait, and names the value', () => {
    const text =
      'It took 20 minutes to get water. The couple who came in after us had already ordered before we even got water. The pancakes were two thin pieces of bread. Not worth $12 by any means. We definitely overpaid for the quality of food we got.';
    const drafts = everyWording(restaurant, text, { rating: 2 });
    expect(drafts.some((d) => servedFirst.test(d))).toBe(true);
    for (const d of drafts.filter((draft) => servedFirst.test(draft))) {
      expect(d).not.toMatch(/\blong wait\b|\bwait was so long\b|\bwaited far longer\b/);
      expect(d).toMatch(/\bworth what you paid\b|\bgood value\b|\bthe price felt\b/);
    }
  });

  it('keeps a grievance of another kind beside being served out of turn', () => {
    const text =
      'We waited 45 minutes for our food while the couple who came in after us got theirs first. The waiter was rude to us and rolled his eyes when we asked about it.';
    const drafts = everyWording(restaurant, text, { rating: 2 });
    expect(drafts.some((d) => servedFirst.test(d) && /\bthe waiter was rude\b/.test(d))).toBe(true);
  });
});
