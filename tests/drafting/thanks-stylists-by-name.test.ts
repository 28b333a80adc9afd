import { findPeople } from '@rebound/server/triage/situation/praise';
import { describe, expect, it } from 'vitest';
import { judgedProfile } from './judged/profile.ts';
import { draftFor, loadSet } from './sample-drafts.ts';

// A salon review that is all about two stylists ("Jenny is an amazing hair stylist", "Veronica has colored my hair for
// years") thanks them by name. Both names are also words, so each needs a cue only a person fits: the work they do on
// the reviewer, or being called one of the people who do it. "I never loved my color until I found Veronica" does not
// make Veronica a place.

describe('stylists named for their work', () => {
  it('are read as people', () => {
    expect(findPeople('Jenny is an amazing hair stylist. I trust her completely.')).toContain('Jenny');
    expect(findPeople('Veronica has colored my hair for years. She is the best.')).toContain('Veronica');
  });

  it('are not read from a business or a place said the same way (near miss)', () => {
    expect(findPeople('Stylush is a great salon in a lovely part of town.')).not.toContain('Stylush');
    expect(findPeople('I moved to Georgia last year and found this place.')).not.toContain('Georgia');
  });

  it('are both thanked in the note on the real review', () => {
    const review = loadSet('positive').find((r) => /Veronica has colored my hair/.test(r.text));
    expect(review).toBeDefined();
    if (!review) return;
    const note = draftFor(judgedProfile('salon'), review.text, review.rating).text;
    expect(note).toMatch(/\bJenny\b/);
    expect(note).toMatch(/\bVeronica\b/);
  });
});
