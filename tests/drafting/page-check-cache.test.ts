import { describe, expect, it } from 'vitest';
import { lastUseIn } from '../../server/src/drafting/pick-variant.ts';

// Forty replies of a page, each with its own words, so nothing but the oldest carries the template asked about.
const filler = (i: number): string =>
  `Reply number ${i} about order ${'abcdefghijklmnopqrstuvwxyz'.charAt(i % 26)}${i} closes here.`;
const page = (first: string): string[] => [first, ...Array.from({ length: 39 }, (_, i) => filler(i + 1))];

describe('page checks read once and reused', () => {
  it('finds a template said whole in the oldest of forty replies, with its blanks filled by the review', () => {
    const used = lastUseIn(page('Hi Ana,\n\nI am sorry that the soup was cold. Thanks.'));
    expect(used('I am sorry that {p}.')).toBeGreaterThanOrEqual(0);
    expect(used('Please forgive the {p} at the till.')).toBe(-1);
  });

  it('gives the same answer for a template asked about again, on this page and on another', () => {
    const first = lastUseIn(page('We will ring you back within a day.'));
    const again = first('We will ring you back within a day.');
    expect(again).toBeGreaterThanOrEqual(0);
    expect(first('We will ring you back within a day.')).toBe(again);
    const other = lastUseIn(page('Nothing alike here at all.'));
    expect(other('We will ring you back within a day.')).toBe(-1);
  });

  it('never finds a short wording inside a longer word on a page', () => {
    const used = lastUseIn(page('Keep the spare on standby tomorrow as well.'));
    expect(used('by tomorrow')).toBe(-1);
  });
});
