import { isNounPhrase, problemWords } from '@rebound/server/drafting/phrase-problem';
import { readSituation } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';

describe('a plural item the tagger alone reads as a verb', () => {
  it('names "the gears" with what they still do', () => {
    const situation = readSituation(
      {
        rating: 2,
        text: 'Had the gears indexed and they still slip under load. Expected better for the price.',
      },
      { sectorGroup: 'retail' },
    );
    expect(problemWords(situation, true)).toEqual({
      form: 'clause',
      text: 'the gears still slip under load',
    });
  });

  it('before "still", takes "the gears" and "the brakes" as goods, never "this thing sucks" or "my phone rings" (near misses)', () => {
    expect(isNounPhrase('the gears', true)).toBe(true);
    expect(isNounPhrase('the brakes', true)).toBe(true);
    expect(isNounPhrase('the mirrors')).toBe(false);
    expect(isNounPhrase('this thing sucks', true)).toBe(false);
    expect(isNounPhrase('my phone rings', true)).toBe(false);
    expect(isNounPhrase('the review pertains')).toBe(false);
  });
});
