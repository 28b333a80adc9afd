import { triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { judged, offered, stepFor } from './remedy-helpers.ts';

const shop = judged('electronics-store');
const did = (text: string) =>
  triageReview({ rating: 1, text }, { sectorGroup: 'retail' }).situation.priorActions;

describe('goods the buyer ended up having to return', () => {
  const text =
    'These phones had so much static, you could not hear! We ended up having to return the phones and find something we could actually use.';

  it('are read as returned, and no refund is offered afresh', () => {
    expect(did(text)).toContain('returned');
    expect(offered(stepFor(shop, text))).not.toBe('refund');
  });

  it('are not read as returned where the return is still to come (near miss)', () => {
    expect(did('The phones crackle. I am having to return the phones tomorrow.')).not.toContain('returned');
  });
});
