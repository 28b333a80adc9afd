import { withProductNamed } from '@rebound/server/drafting/product-named';
import { describe, expect, it } from 'vitest';
import { everyWording, judged } from './remedy-helpers.ts';

// A shop's apology names what was bought as the listing names it ("I am sorry that the Logitech keyboard stopped
// working"), where it would otherwise say "it" reply after reply; the verb agrees with a product of many, and an "it"
// that stands for no thing ("it took three weeks") is left alone.

const shop = judged('electronics-store');
const drafts = (text: string, itemName: string | null) => everyWording(shop, text, { itemName, count: 6 });

describe('the product named in a shop apology', () => {
  it('names the product the listing gives where the apology would say "it"', () => {
    const named = drafts(
      'It stopped working after two weeks. Half the keys do nothing now and the lights are out.',
      'Logitech G15 Gaming Keyboard: Electronics',
    );
    expect(named.some((d) => /the Logitech keyboard/.test(d))).toBe(true);
    for (const d of named) expect(d).not.toMatch(/\bthat it stopped\b/);
  });

  it('leaves "it" where no listing names the product (near miss)', () => {
    for (const d of drafts('It stopped working after two weeks. Half the keys do nothing now.', null))
      expect(d).not.toMatch(/Logitech/);
  });

  it('makes the verb agree with a product of many', () => {
    expect(withProductNamed('I am sorry that it was so noisy.', 'the Sentry speakers')).toBe(
      'I am sorry that the Sentry speakers were so noisy.',
    );
    expect(withProductNamed('I am sorry that it so often failed to connect.', 'the D-Link router')).toBe(
      'I am sorry that the D-Link router so often failed to connect.',
    );
  });

  it('leaves a sentence that says "it" again of a product of many as it is (near miss)', () => {
    const ack = 'I am sorry that it did not work as it should.';
    expect(withProductNamed(ack, 'the Memorex discs')).toBe(ack);
    expect(withProductNamed(ack, 'the iPod')).toBe('I am sorry that the iPod did not work as it should.');
  });

  it('leaves an "it" that stands for no thing (near miss)', () => {
    for (const ack of [
      'I am sorry that it took three weeks for the refund to arrive.',
      'I am sorry that it was three weeks before anyone called you back.',
      'I am sorry that it happened at all.',
    ])
      expect(withProductNamed(ack, 'the iPod')).toBe(ack);
  });
});
