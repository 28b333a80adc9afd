import { describe, expect, it } from 'vitest';
import { draftFor, judged, localNegative } from './remedy-helpers.ts';

// A wait the reviewer puts down to one pair of hands ("the owner/manager was the only person taking care of
// everything", "she had to change someone's sheets") is answered with a look at our staffing, not "I am asking the
// team what held things up": the review already says. An empty desk with no reason given is still asked about.

const STAFFING = /\b(?:staffing|how many of us are on)\b/;
const ASKS_WHY = /\bwhat held things up\b|\bwhy it took so long\b/;

describe('a wait put down to one pair of hands', () => {
  it('is answered with our staffing at a restaurant run by one person', () => {
    const review = localNegative(60);
    expect(review).toMatch(/the only person taking care of everything/);
    const draft = draftFor(judged('restaurant'), review);
    expect(draft).toMatch(STAFFING);
    expect(draft).not.toMatch(ASKS_WHY);
  });

  it('is answered with our staffing at a hotel whose desk clerk was changing sheets', () => {
    const review = localNegative(107);
    expect(review).toMatch(/had to change someone's sheets/);
    expect(draftFor(judged('hotel'), review)).not.toMatch(ASKS_WHY);
  });

  it('near miss: an empty desk with no reason given is still asked about', () => {
    const review = localNegative(466);
    expect(review).not.toMatch(/\bonly person\b|\bsheets\b/);
    expect(draftFor(judged('hotel'), review)).toMatch(ASKS_WHY);
  });
});
