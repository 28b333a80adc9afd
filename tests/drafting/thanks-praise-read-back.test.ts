import { readPraise } from '@rebound/server/drafting/thanks-praise';
import { describe, expect, it } from 'vitest';

// Praise is read back as the business would say it: "we all enjoyed our food" is "the food" (never "thank you for
// praising your food"), and half of a hyphened word ("the perfect pop-up bar") is no thing praised. Praise said to
// the business ("Your food is amazing") is still "our food", and a hyphened word kept whole still counts.

const subjects = (text: string): string[] => readPraise(text).map((p) => p.subject);

describe('praise read back', () => {
  it('tells the food "we all enjoyed" as "the food", never "your food"', () => {
    const said = subjects('The waitress was friendly. We all enjoyed our food and the street was calm.');
    expect(said).toContain('the food');
    expect(said).not.toContain('your food');
  });

  it('never takes half of a hyphened word for the thing praised', () => {
    expect(subjects('It is definitely the perfect pop-up bar for the holidays.')).not.toContain('the pop');
  });

  it('near miss: keeps "our food" said to the business, and a hyphened word whole', () => {
    expect(subjects('Your food is amazing and the staff are lovely.')).toContain('our food');
    expect(subjects('A lovely evening, and the well-made cocktails were great.')).toContain(
      'the well-made cocktails',
    );
  });
});
