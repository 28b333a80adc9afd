import { describe, expect, it } from 'vitest';
import { loadMultiDomain } from '../triage/load-sentiment-data.ts';
import { judged, offered, stepFor } from './remedy-helpers.ts';

const shop = judged('electronics-store');

describe('a buyer who has already had new units mailed to them by the provider', () => {
  it('is not offered yet another of the same', () => {
    // A stored review of a satellite service whose boxes were mailed out again and again.
    const stored = loadMultiDomain('electronics_negative.review').find((r) =>
      /gotten new DVR boxes mailed to me/.test(r.text),
    );
    expect(stored).toBeDefined();
    expect(offered(stepFor(shop, stored?.text ?? '', 2))).not.toBe('replacement');
  });

  it('but one who liked the receiver until theirs failed, with no unit sent since, is (near miss)', () => {
    const text =
      'I loved the receiver for the first month, then the picture went out and now the box will not turn on.';
    expect(offered(stepFor(shop, text, 2))).toBe('replacement');
  });
});
