import { describe, expect, it } from 'vitest';
import { body, draftFor, judged, stepFor } from './remedy-helpers.ts';

const shop = judged('electronics-store');
// The line that checks on money for goods already sent back, however it is worded.
const REFUND_CHECK = /\brefund for your return\b|\bwhere (?:the|your) (?:refund|money)\b/i;

describe('a buyer who says they are about to send the goods back', () => {
  const texts = [
    'This is my second one and I will be returning this one too. Both worked once and then the cord would not wind back in.',
    "The headphones press on my ears after ten minutes, so I'm returning these and will look for another pair.",
    'The printer drops its connection every hour and I have to set it up again. We will be returning it.',
  ];

  it('is offered the refund, with the return on us, not a check on money not yet due', () => {
    for (const text of texts) {
      const step = stepFor(shop, text);
      expect(step.kind, text).toBe('remedy');
      expect(step.kind === 'remedy' ? step.remedy.kind : '', text).toBe('refund');
      expect(body(draftFor(shop, text)), text).not.toMatch(REFUND_CHECK);
    }
  });

  it('but one who sent them back weeks ago and has heard nothing still has the refund traced (near miss)', () => {
    const text =
      'I sent the headphones back for a refund three weeks ago because the left side crackled, and I have heard nothing since.';
    expect(stepFor(shop, text).kind).toBe('call');
  });

  it('and one returning goods bought from another store is not refunded by us (near miss)', () => {
    const text =
      'I bought this router at Best Buy and it drops the connection every hour. I will be returning it.';
    const step = stepFor(shop, text);
    expect(step.kind === 'remedy' ? step.remedy.kind : 'call').not.toBe('refund');
  });
});
