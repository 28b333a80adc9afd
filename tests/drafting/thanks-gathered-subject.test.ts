import { readPraise } from '@rebound/server/drafting/thanks-praise';
import { describe, expect, it } from 'vitest';

// "Both gentlemen are excellent teachers": a word that counts or gathers points back to people named before, and
// told back as "the both gentlemen" it reads as a slot filled.

const subjects = (text: string) => readPraise(text, []).map((p) => p.subject);

describe('praise of a subject that gathers others', () => {
  it('is not told back as "the both …"', () => {
    const text =
      'The morning class is run by Omar, a patient black belt. Both gentlemen are excellent teachers.';
    expect(subjects(text).some((s) => /^the (?:both|all|each|these|those) /i.test(s))).toBe(false);
  });

  it('keeps a counted subject that reads as it is (near miss)', () => {
    expect(subjects('The two chefs were brilliant and the soup was lovely.')).toContain('the two chefs');
  });
});
