import { describe, expect, it } from 'vitest';
import { loadMultiDomain } from '../triage/load-sentiment-data.ts';
import { draftPage } from './happy-drafts.ts';
import { judgedProfile } from './judged/profile.ts';

// FM transmitters and radios draw complaint after complaint of static: a shop's page that tells each one "the static
// was so bad" reads as a form, so the grievance is told several ways and no way twice among three replies in a row.

const WORDINGS = [
  /there was so much static/,
  /the static was so bad/,
  /static kept getting in the way of the sound/,
  /the static spoiled your listening/,
];

describe('a page of replies to complaints of static', () => {
  const reviews = loadMultiDomain('electronics_negative.review').filter((r) => /\bstatic\b/i.test(r.text));
  const page = draftPage(
    judgedProfile('electronics-store'),
    reviews.map((r) => ({ text: r.text, title: r.title, rating: r.rating, itemName: r.productName })),
  );
  const told = page.flatMap((reply) => {
    const i = WORDINGS.findIndex((w) => w.test(reply));
    return i < 0 ? [] : [i];
  });

  it('tells the static a different way in any three replies in a row', () => {
    expect(told.length).toBeGreaterThanOrEqual(3);
    for (let k = 2; k < told.length; k++)
      expect(new Set(told.slice(k - 2, k + 1)).size, page.join('\n\n')).toBe(3);
  });

  it('still names the static in the replies that tell it (near miss)', () => {
    for (const reply of page.filter((r) => /\bstatic\b/.test(r))) expect(reply).toMatch(/\bstatic\b/);
    expect(told.length).toBeGreaterThan(reviews.length / 3);
  });
});
