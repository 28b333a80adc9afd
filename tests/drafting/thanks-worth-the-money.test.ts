import { describe as describePraise, productPraise } from '@rebound/server/drafting/thanks-praise';
import { describe, expect, it } from 'vitest';

const told = (text: string, product: string): string[] =>
  productPraise(text, null, product).map((p) => describePraise(p, 'present'));

describe('a product said to be worth the extra money', () => {
  it('is told as well worth the money, never as costing little', () => {
    const said = told(
      'This card is absolutely worth the extra money if you love to take many pictures without counting.',
      'the SanDisk card',
    );
    expect(said).toContain('how well worth the money the SanDisk card is');
    for (const s of said) expect(s).not.toMatch(/little|cheap/);
  });

  it('still tells plain good value as a good buy (near miss)', () => {
    expect(told('Great value for the money.', 'the SanDisk card')).toContain(
      'how good a buy the SanDisk card is',
    );
  });
});
