import * as tw from '@rebound/server/drafting/thanks-wording';
import { describe, expect, it } from 'vitest';

// Lines readers picked out as stock on a page of thank-yous, or as claiming more than the reviewer told ("after all
// this time" to someone on their third visit, "it helps to know that…" before the reviewer's own words): none is in
// any pool a note is built from.

const STOCK =
  /made the team smile|happy reading|fairest judges|after all this time|^It helps to (?:know|hear)\b/i;

const lines = Object.values(tw).flatMap((pool) =>
  Array.isArray(pool) ? pool.filter((x): x is string => typeof x === 'string') : [],
);

describe('the wording pools of a thank-you', () => {
  it('hold none of the stock lines', () => {
    expect(lines.filter((line) => STOCK.test(line))).toEqual([]);
  });

  it('still greet a regular and acknowledge a point in other words (near miss)', () => {
    expect(tw.returning.length).toBeGreaterThan(4);
    expect(tw.quibbleNotOurs.some((line) => /\{n\}/.test(line))).toBe(true);
    expect(tw.quibbleClauseNotOurs.some((line) => /\{c\}/.test(line))).toBe(true);
  });
});
