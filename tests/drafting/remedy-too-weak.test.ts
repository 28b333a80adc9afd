import { isUnsupported } from '@rebound/server/drafting/remedy-readings';
import { describe, expect, it } from 'vitest';
import { body, draftFor, judged, offered, stepFor } from './remedy-helpers.ts';

// Goods too weak for the buyer's equipment fall short on every unit of the model: their money back, or a model that
// does the job, never another of the same.

const store = judged('electronics-store');

describe('goods too weak for the buyer’s equipment', () => {
  const weak = [
    'This power adapter won’t power my laptop at all, it is too weak for it.',
    'The charger is not powerful enough to charge my tablet while I use it.',
    'The amp is underpowered for my speakers; they barely get loud.',
  ];

  it('are read as a model that cannot do the job', () => {
    for (const text of weak) expect(isUnsupported(text), text).toBe(true);
    expect(isUnsupported('The power adapter won’t power on at all.')).toBe(false);
    expect(isUnsupported('It is powerful enough for anything I throw at it, but the fan is loud.')).toBe(
      false,
    );
  });

  it('are offered the money back, not another of the same', () => {
    for (const text of weak) {
      expect(offered(stepFor(store, text)), text).toBe('refund');
      expect(body(draftFor(store, text)), text).not.toMatch(/\b(?:replacement|new one)\b/i);
    }
  });

  it('a unit dead out of the box may still be replaced (near miss)', () => {
    const text = 'The power adapter won’t power on at all. Dead out of the box.';
    expect(offered(stepFor(store, text))).toMatch(/^(?:replacement|refund)$/);
  });
});
