import { describe, expect, it } from 'vitest';
import { joinsAsOne } from '../../server/src/drafting/compose-complaint.ts';
import { draftFor, judged } from './remedy-helpers.ts';

// Two faults of one product, each told of "it", share one apology ("that it kept freezing on you, and that it was not
// compatible with what you have"): the second "it" points where the first did. A second "it" after a first grievance
// of another subject, a second that only says the goods failed, or one with a subject of its own, is left out.

describe('two faults of the same thing', () => {
  it('share one sentence when both are told of "it"', () => {
    expect(joinsAsOne('it kept freezing on you', 'it was not compatible with what you have')).toBe(true);
    expect(joinsAsOne('they would not stay in place', 'they hurt your ears')).toBe(true);
  });

  it('are both named in a real reply', () => {
    const store = judged('electronics-store');
    const text =
      'I have had this navigation software for a year. Any time it has to redirect, it locks up. It does not work ' +
      'well with my Palm handheld either, and support could not fix it.';
    const reply = draftFor(store, text).replace(/^(?:Hi|Hello|Dear) [^,\n]+,\s*/, '');
    const apology = reply.split(/(?<=\.)\s/)[0] ?? '';
    expect(apology).toMatch(/\block(?:ing|s|ed)? up\b|\bfreez/i);
    expect(apology).toMatch(/\bwork with\b|\bcompatible\b/i);
  });
});

describe('a second "it" that cannot share the sentence (near misses)', () => {
  it('is left out after a grievance of another subject', () => {
    expect(joinsAsOne('the food was cold', 'it took an hour to arrive')).toBe(false);
  });

  it('is left out where it only says the goods failed', () => {
    expect(joinsAsOne('it kept freezing on you', 'it stopped working so soon')).toBe(false);
  });

  it('is left out where it brings a subject of its own', () => {
    expect(joinsAsOne('it kept freezing on you', 'it and your other equipment would not work together')).toBe(
      false,
    );
  });
});
