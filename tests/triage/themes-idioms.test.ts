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

const hospitalityThemes = (rating: number, text: string) =>
  triageReview(
    { rating, text },
    { sectorGroup: 'food_hospitality', taxonomy: themeTaxonomyFor('food_hospitality') },
  ).themes;

describe('what a product is made to keep away', () => {
  it('tags no fault for a claim to minimise interference or protect against surges', () => {
    const themes = retailThemes(
      2,
      'I guess it is an ok power strip for the money. The claim of separate circuits to minimize cross-interference is what I wanted. It protects against surges too, so far so good.',
    );
    expect(themes).not.toContain('defect');
  });

  it('still tags the fault when the reviewer says it failed at it (near miss)', () => {
    expect(
      retailThemes(
        1,
        'It does nothing to reduce the interference. The static and hum are worse than before.',
      ),
    ).toContain('defect');
  });
});

describe('food at room temperature and a direction to slow down', () => {
  it('tags no guest room for a dish served at room temperature', () => {
    const themes = hospitalityThemes(
      2,
      'We waited an hour for our food. The hash was oily and the benedict was room temperature and far too salty.',
    );
    expect(themes).not.toContain('room');
    expect(themes).toContain('food');
  });

  it('still tags the room of a hotel whose room temperature was wrong (near miss)', () => {
    expect(
      hospitalityThemes(2, 'The room temperature could not be changed and the room was freezing all night.'),
    ).toContain('room');
  });

  it('tags no wait for a direction to slow down on the road to the place', () => {
    expect(
      hospitalityThemes(
        4,
        'Slow down when you drive down the hill and you will see a tiny courtyard. The empanadas are delightful, though the frozen combo was a bit pricey.',
      ),
    ).not.toContain('wait');
  });

  it('still tags a wait for service that was slow (near miss)', () => {
    expect(
      hospitalityThemes(
        4,
        'Lovely empanadas, but service was slow and we waited forty minutes for the bill.',
      ),
    ).toContain('wait');
  });
});
