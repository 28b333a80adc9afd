import { describe, expect, it } from 'vitest';
import { readPraise } from '../../server/src/drafting/thanks-praise.ts';
import { bodyOf, replyTo } from './happy-drafts.ts';

// A flavour, dish or product the reviewer picks out by its proper name as their favourite is praise the note can
// name, with its capitals; a person, a pronoun or a rival's name is not.

const subjects = (text: string, people: string[] = []): string[] =>
  readPraise(text, people).map((p) => p.subject);

describe('a favourite named by its proper name', () => {
  it('is read as the reviewer’s pick, capitals kept', () => {
    expect(
      subjects('We tried them all. Although it was close, Cherry Bomb was my favorite. Back next week.'),
    ).toContain('Cherry Bomb');
    expect(subjects('The Harvest Burger is my favourite dish!')).toContain('the Harvest Burger');
    const pick = readPraise('Every flavour was good, and Salted Maple was my favourite.').find(
      (p) => p.subject === 'Salted Maple',
    );
    expect(pick?.star).toBe(true);
  });

  it('is not read from a person, a pronoun, or a rival (near misses)', () => {
    expect(subjects('Dana was my favorite.', ['Dana'])).toEqual([]);
    expect(subjects('It was my favorite.')).toEqual([]);
    expect(subjects('Taco Town is my favorite, but this place comes close.')).toEqual([]);
    expect(subjects('Before this, Taco Town was my favorite.')).toEqual([]);
    expect(subjects('The place I used to go, Taco Town, was my favorite.')).toEqual([]);
  });

  it('is named in the thank-you', () => {
    const text =
      'I picked up a box of cookies on a whim and went back for one of every kind the next day. Although it was close, Cherry Bomb was my favorite. I keep going back for more!';
    expect(bodyOf(replyTo('bakery', text, 5))).toMatch(/Cherry Bomb/);
  });
});
