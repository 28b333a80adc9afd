import { describe, expect, it } from 'vitest';
import { body, draftFor, judged, offered, stepFor } from './remedy-helpers.ts';

const shop = judged('electronics-store');

describe('goods already sent back to us get their refund seen home, not an account asked for again', () => {
  const returned =
    'Cheap construction. I had to jiggle the batteries to get the speakers to play. A total waste of time to purchase, try to use and return.';

  it('chooses a call to check the refund for the return', () => {
    expect(offered(stepFor(shop, returned))).toBe('call:returned');
  });

  it('says the refund for the return will be checked, and asks for no account of what went wrong', () => {
    const reply = body(draftFor(shop, returned));
    // The money for the return, in whichever words the page has not used lately ("refund", "paid in full", "the money").
    expect(reply).toMatch(/\brefund|\bpaid in full for the goods you returned|\bthe money for\b/);
    expect(reply).toMatch(/\b(?:return|returned|sent (?:it )?back|gone back)\b/);
    expect(reply).not.toMatch(/hear (?:how|what) (?:it )?went wrong|how it happened/);
  });

  it('keeps hearing them out where the money already came back', () => {
    expect(
      offered(
        stepFor(
          shop,
          'The speakers crackled from day one. I sent them back and got my money back, but what a hassle.',
        ),
      ),
    ).toBe('call:settled');
  });

  it('leaves a refund owed by another seller to that seller', () => {
    expect(offered(stepFor(shop, 'The speakers crackled from day one. I returned them to Amazon.'))).not.toBe(
      'call:returned',
    );
  });
});
