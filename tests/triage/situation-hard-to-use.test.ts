import { describe, expect, it } from 'vitest';
import { readSituation } from '../../server/src/triage/index.ts';

const read = (text: string) => readSituation({ rating: 2, text }, { sectorGroup: 'retail' });

describe('goods that are hard to use, or not up to the load they are sold for', () => {
  it('reads "is painful to use" as the complaint about the keyboard', () => {
    const situation = read(
      'I bought this keyboard to match my old one. Sadly, this keyboard is painful to use, and my hands ache after an hour.',
    );
    expect(situation.item).toBe('the keyboard');
    expect(situation.problem).toBe('is painful to use');
  });

  it('reads "not suitable for heavy books" past a remark set off by commas', () => {
    const situation = read(
      'This book holder, despite what the listing says, is not suitable for heavy books. The leg bends under a dictionary.',
    );
    expect(situation.item).toBe('the book holder');
    expect(situation.problem).toBe('is not suitable for heavy books');
  });

  it('reads no complaint from "easy to use" or "suitable for heavy books" (near misses)', () => {
    expect(read('This keyboard is easy to use and the keys are quiet.').problem).toBeNull();
    expect(read('This book holder, despite its price, is suitable for heavy books.').problem).toBeNull();
  });
});
