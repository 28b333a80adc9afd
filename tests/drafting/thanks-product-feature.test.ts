import { readPraise } from '@rebound/server/drafting/thanks-praise';
import { describe, expect, it } from 'vitest';
import { everyWording, judged } from './remedy-helpers.ts';

// A happy buyer's thanks names what they praised about the product (a part they singled out, how easily it went in,
// how it fits, how much they like it), not only that they wrote.

const shop = judged('electronics-store');
const thanks = (text: string, title: string | null = null) =>
  everyWording(shop, text, { rating: 5, title, count: 6 });

describe('a part of the product praised is named', () => {
  it('names "the removable stand" from "the removable stand is a nice touch"', () => {
    expect(
      readPraise('The removable stand is a nice touch, as you can pack the reader into a bag.').map(
        (p) => p.subject,
      ),
    ).toContain('the removable stand');
    for (const d of thanks(
      'Works with both Windows and Mac OS X. The removable stand is a nice touch, as you can pack the reader into a laptop bag.',
    ))
      expect(d).toMatch(/removable stand/);
  });

  it('names the remote the reviewer called the icing on the cake', () => {
    expect(
      readPraise('And the icing on the cake is the remote. I understand it!').map((p) => p.subject),
    ).toContain('the remote');
    for (const d of thanks(
      'This unit plays every DVD I have put in it. And the icing on the cake is the remote. I understand it!',
    ))
      expect(d).toMatch(/\bremote\b/);
  });

  it('keeps "clean" as how the rooms were in "Clean rooms was a plus"', () => {
    const [rooms] = readPraise('Clean rooms was a plus, and the pool was nice.');
    expect(rooms?.subject).toBe('the rooms');
    expect(rooms?.words).toEqual(['clean']);
  });

  it('does not read a plus said of nothing, or "not much of a plus" (near misses)', () => {
    expect(readPraise('The only plus is that it is cheap.').map((p) => p.subject)).not.toContain('the only');
    expect(readPraise('The remote is not a nice touch at all.')).toEqual([]);
  });
});

describe('the whole product praised in plain words is told back', () => {
  it('thanks "just plug in and use" as how easy it is to set up', () => {
    for (const d of thanks(
      "I was using my laptop at my brother's house and he lent me his. It was AWESOME! Just plug in and use! I recommend this product highly",
    ))
      expect(d).toMatch(/easy (?:it|they) (?:is|are) to set up/);
  });

  it('thanks "just love it" and "my favorite on the market" as how much it is liked', () => {
    for (const d of thanks(
      "I'm a big fan of trackballs and this one is my favorite on the market right now.  Just love it",
    ))
      expect(d).toMatch(/how much you like/);
  });

  it('thanks "it fits great, and it doesn\'t move" as how well it fits', () => {
    for (const d of thanks(
      "I found this on clearance and it's fabulous. I've got plenty of room, it fits great, and it doesn't move.",
    ))
      expect(d).toMatch(/how well (?:it|the [a-z ]+) fits/);
  });

  it('reads "pretty damned accurate" as praise of how accurate it is', () => {
    for (const d of thanks(
      "THIS MOUSE IS OUTSTANDING FOR GAMING. It's pretty damned accurate, and it easily fits in my hand.",
    ))
      expect(d).toMatch(/accurate/);
  });

  it('does not thank a plug-and-play claim the buyer doubts, a love denied or a fit "well enough" (near misses)', () => {
    for (const d of thanks(
      'It is supposed to be plug and play, and it took an hour, but it works great now and I am happy.',
    ))
      expect(d).not.toMatch(/easy (?:it|they) (?:is|are) to set up/);
    for (const d of thanks("I don't love it, but it does the job and the price was right."))
      expect(d).not.toMatch(/how much you like/);
    for (const d of thanks('It fits well enough, and the sound is great for the money.'))
      expect(d).not.toMatch(/how well (?:it|the [a-z ]+) fits/);
  });
});
