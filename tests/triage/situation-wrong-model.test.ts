import { describe, expect, it } from 'vitest';
import { readSituation } from '../../server/src/triage/index.ts';

const read = (text: string) => readSituation({ rating: 2, text }, { sectorGroup: 'retail' });

describe('a part that came as the wrong model or size', () => {
  it('reads "it was the wrong model" as the complaint about the part waited for', () => {
    const situation = read(
      'We waited ten days for a rear hub and it was the wrong model. Then another week for the right one.',
    );
    expect(situation.item).toBe('the rear hub');
    expect(situation.problem).toBe('was the wrong model');
  });

  it('reads "were the wrong size" for goods named plainly', () => {
    const situation = read(
      'The pedals were the wrong size for my cranks, and nobody checked before fitting them.',
    );
    expect(situation.item).toBe('the pedals');
    expect(situation.problem).toBe('were the wrong size');
  });

  it('reads no complaint from a worry the mechanic put to rest (near miss)', () => {
    expect(
      read('I worried it was the wrong model, but the mechanic checked and it fit perfectly.').problem,
    ).toBeNull();
  });
});

describe('a fitting named with the room it is in', () => {
  it('reads "the shower in our room was broken" with the shower as the item', () => {
    const situation = readSituation(
      { rating: 2, text: 'The shower in our room was broken for the whole stay.' },
      { sectorGroup: 'food_hospitality' },
    );
    expect(situation.item).toBe('the shower');
    expect(situation.problem).toBe('was broken');
  });
});
