import { readBillingError } from '@rebound/server/triage/situation/prior-actions';
import { describe, expect, it } from 'vitest';
import { body, draftFor, judged } from './remedy-helpers.ts';

const salon = judged('salon');

describe('a redo offered free, then charged for', () => {
  const text =
    'My blow out was terrible and my hair was flatter than when I walked in. Update: They offered me a make up blow out. I decided to try the place out again. Not only was my second blowdry mediocre, I ended up paying for the service. I wrote to their manager, but no response.';

  it('reads the charge as money taken for what should have been free, and gives it back', () => {
    expect(readBillingError(text)).toBe('charged_for_free');
    expect(body(draftFor(salon, text))).toMatch(/refund of the charge for what should have been free/);
  });

  it('reads no such charge where the redo was free as offered, or paid for with no offer (near misses)', () => {
    expect(readBillingError('They offered me a make up blow out, and the second one was lovely.')).toBeNull();
    expect(
      readBillingError('The blow out was flat. I ended up paying for the service anyway, as you do.'),
    ).toBeNull();
  });
});
