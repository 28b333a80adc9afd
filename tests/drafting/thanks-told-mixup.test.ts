import { describe, expect, it } from 'vitest';
import { everyWording, judged } from './remedy-helpers.ts';

// A shop's own mix-up over an order, told in a happy review of the goods, is met with a short sorry; a point about
// the goods themselves is not apologised for.

describe('an order mixed up by the shop', () => {
  const text =
    'Great mouse, smooth tracking and the battery lasts ages. The order got mixed up and they sent me the black one instead of the silver, so I had to wait another week.';
  it('gets a short sorry', () => {
    for (const draft of everyWording(judged('electronics-store'), text, { rating: 4, count: 6 }))
      if (/mix-up/.test(draft)) expect(draft).toMatch(/sorry|apolog/i);
  });
  it('does not apologise for a fault of the goods (near miss)', () => {
    const goods =
      'Great mouse and the battery lasts ages. My only complaint is the scroll wheel is a bit stiff.';
    for (const draft of everyWording(judged('electronics-store'), goods, { rating: 4, count: 6 }))
      expect(draft).not.toMatch(/sorry|apolog/i);
  });
});
