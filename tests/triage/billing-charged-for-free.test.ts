import { describe, expect, it } from 'vitest';
import { readBillingError } from '../../server/src/triage/situation/prior-actions.ts';
import { draftFor, loadProfile } from '../drafting/sample-drafts.ts';

describe('a charge for something meant to be free, named in a few words', () => {
  it.each([
    'They charged us for the bread basket which is supposed to be complimentary.',
    'We were billed for the welcome drinks, which were meant to be free.',
  ])('is read as a charge for something free: %j', (text) => {
    expect(readBillingError(text)).toBe('charged_for_free');
  });

  it('is refunded by name in the reply', () => {
    const draft = draftFor(
      loadProfile('restaurant'),
      'The pasta was fine but the service was slow, and they charged us for the bread basket which is supposed to be complimentary.',
      2,
    );
    expect(draft.text).toMatch(/refund of the charge for the bread basket/);
  });

  it('a charge for something the reviewer liked is not read as one (near miss)', () => {
    expect(readBillingError('They charged us for the house wine, which was good value.')).toBeNull();
  });
});
