import { describe, expect, it } from 'vitest';
import { praisedSubjects as subjects } from './happy-drafts.ts';

// Praise said in forms a thank-you had no reading for: a thing praised at the head of a sentence that goes on to say
// what it did ("Incredible amenities made our family time relaxing"), and a thing the stay came with, praised in the
// clause after it ("Breakfast was included which was great").

describe('a thing praised at the head of a sentence that says what it did', () => {
  it('is read as praised', () => {
    expect(subjects('Incredible amenities made our family time relaxing and enjoyable.')).toContain(
      'the amenities',
    );
    expect(subjects('Wonderful staff kept us comfortable all week.')).toContain('the staff');
  });

  it('is not read where what it made was no good to anyone (near miss)', () => {
    expect(subjects('Nice touches made no difference to the noise.')).toEqual([]);
  });
});

describe('a thing the stay came with, praised after it', () => {
  it('is read as praised', () => {
    expect(subjects('The room is a good size. Breakfast was included which was great.')).toContain(
      'the breakfast',
    );
  });

  it('is not read when the clause after it faults it (near miss)', () => {
    expect(subjects('The wifi was included and it was slow.')).toEqual([]);
  });
});
