import { describe, expect, it } from 'vitest';
import { loadMultiDomain } from '../triage/load-sentiment-data.ts';
import { draftPage } from './happy-drafts.ts';
import { judgedProfile } from './judged/profile.ts';

// A reader takes in a shop's page of twenty notes at once. "Sounds like…", "It sounds as if…", "From the sound of
// it…": however it opens, the same guess at how the product suits the reviewer, so the page makes it rarely and never
// close together; and praise handed on to the shop's buyer reads as a form said twice within a dozen notes.

const GUESS = /\bsounds? (?:like|as if)\b|\bsound of it\b/i;
const BUYER = /\bour buyer\b|\bthe person who orders our stock\b/;
const reviews = loadMultiDomain('electronics_positive.review');
const pages = [0, 20, 40, 60, 80, 100].map((from) =>
  draftPage(
    judgedProfile('electronics-store'),
    reviews.slice(from, from + 20).map((r) => ({
      text: r.text,
      title: r.title,
      rating: r.rating,
      itemName: r.productName,
    })),
  ),
);

describe('a page of twenty thank-you notes from a shop', () => {
  it('guesses from how it sounds in at most two notes, far apart', () => {
    for (const page of pages) {
      const at = page.flatMap((reply, i) => (GUESS.test(reply) ? [i] : []));
      expect(at.length, page.join('\n\n')).toBeLessThanOrEqual(2);
      for (let k = 1; k < at.length; k++) expect((at[k] ?? 0) - (at[k - 1] ?? 0)).toBeGreaterThan(5);
    }
  });

  it('hands praise on to the buyer at most once in any twelve notes in a row', () => {
    for (const page of pages) {
      const at = page.flatMap((reply, i) => (BUYER.test(reply) ? [i] : []));
      for (let k = 1; k < at.length; k++)
        expect((at[k] ?? 0) - (at[k - 1] ?? 0), page.join('\n\n')).toBeGreaterThan(11);
    }
  });

  it('still makes the guess and hands praise to the buyer on some pages (near miss)', () => {
    expect(pages.some((page) => page.some((reply) => BUYER.test(reply)))).toBe(true);
    expect(pages.some((page) => page.some((reply) => GUESS.test(reply)))).toBe(true);
  });
});
