import { composeDraft } from '@rebound/server/drafting/index';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { loadMultiDomain } from '../triage/load-sentiment-data.ts';
import { body, judged } from './remedy-helpers.ts';

// A shop's page of thank-you notes, drafted in order as a business answers them: a note whose point goes untold says
// one line about the product as a whole, and no note ever says one sentence twice, however its short opening grew.
// With an earlier set of lines about the whole, the seventh note of this page said "I am glad
// it is proving useful to you" twice; the page is kept as a regression guard.

const store = judged('electronics-store');
const positives = loadMultiDomain('electronics_positive.review');
// Stored happy reviews of a judged sample, in the order that page was drafted (1-based, as the sample names them).
const ORDER = [
  762, 655, 231, 946, 538, 443, 653, 808, 475, 856, 321, 989, 166, 413, 283, 936, 838, 853, 924, 496,
];

function draftPage(): string[] {
  const recent: string[] = [];
  for (const n of ORDER) {
    const r = positives[n - 1];
    if (!r) throw new Error(`no review ${n}`);
    const review = {
      author: null,
      rating: r.rating,
      text: r.text,
      title: r.title,
      itemName: r.productName,
      externalId: `electronics_positive.review#${n}`,
    };
    const triage = triageReview(review, { sectorGroup: sectorGroupOf(store.sector) });
    recent.push(composeDraft(review, triage, store, { recent }).text);
  }
  return recent;
}

const sentences = (reply: string): string[] =>
  body(reply)
    .split(/(?<=[.!?])\s+/)
    .map((s) => s.trim())
    .filter(Boolean);

describe("a shop's page of thank-you notes", () => {
  const page = draftPage();

  it('never says one sentence twice in a note', () => {
    for (const reply of page) {
      const said = sentences(reply);
      expect(new Set(said).size, reply).toBe(said.length);
    }
  });

  it('never claims the product gets plenty of use, which no reviewer on the page said', () => {
    for (const reply of page) expect(reply).not.toMatch(/plenty of use/);
  });

  it('still says a line about the product as a whole in some notes (near miss)', () => {
    expect(
      page.filter((r) =>
        /proving useful|doing right by you|main job well|serving you well|working out|pulling|earning/.test(
          r,
        ),
      ).length,
    ).toBeGreaterThanOrEqual(2);
  });
});
