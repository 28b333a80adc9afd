import { describe, expect, it } from 'vitest';
import { themeTaxonomyFor, triageReview } from '../../server/src/triage/index.ts';

const retailThemes = (rating: number, text: string) =>
  triageReview({ rating, text }, { sectorGroup: 'retail', taxonomy: themeTaxonomyFor('retail') }).themes;

describe('"out of" that names no missing stock', () => {
  it('tags no stock for "out of the question", "out of warranty" or "out of this world"', () => {
    for (const text of [
      'The remote only works in the same room, so using it from the kitchen is out of the question. It keeps cutting out.',
      'It broke after thirteen months and now it is out of warranty, so I am stuck with a dead player.',
      'The speakers crackle and hiss. My old pair was out of this world by comparison.',
    ])
      expect(retailThemes(1, text)).not.toContain('stock');
  });

  it('still tags stock for goods the shop had run out of (near miss)', () => {
    expect(
      retailThemes(2, 'They were out of the blue one, and the black one was always out of stock.'),
    ).toContain('stock');
    expect(retailThemes(1, 'The store was out of batteries for the third week running.')).toContain('stock');
  });
});

describe('a gadget slow to set up', () => {
  it('is tagged for how hard it is to use, not for a wait', () => {
    const themes = retailThemes(
      1,
      'It took forever to set up and the firmware is buggy and touchy to install.',
    );
    expect(themes).toContain('usability');
    expect(themes).not.toContain('wait');
  });

  it('still tags a wait on the shop (near miss)', () => {
    expect(retailThemes(1, 'Checkout took forever and nobody came to help. The charger is fine.')).toContain(
      'wait',
    );
  });
});
