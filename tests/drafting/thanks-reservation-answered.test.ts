import { quibbleStatedUntold } from '@rebound/server/drafting/thanks-wording';
import { describe, expect, it } from 'vitest';
import { everyWording, judged } from './remedy-helpers.ts';

// A reservation a happy reviewer marked as the point they hold back on ("the only annoying thing was…", "one small
// problem though") is answered in every note, named where its words read cleanly and in a general word where not; a
// sentence that only looks like one ("I haven't been disappointed", "I wish them the best") is not answered as one.

const hotel = judged('hotel');
const cafe = judged('restaurant');
const shop = judged('electronics-store');
const notes = (profile: ReturnType<typeof judged>, text: string, rating = 4) =>
  everyWording(profile, text, { rating, count: 6 });
const answersInGeneral = (note: string) => quibbleStatedUntold.some((line) => note.includes(line));

describe('a reservation the reviewer marked', () => {
  it('is answered when its words cannot be told back', () => {
    for (const d of notes(
      hotel,
      'Generally a good value with very pleasant staff. Clean and comfortable bed. Only annoying thing was all the wall mounted soap and shampoo dispensers were mostly clogged and would not really dispense.',
    ))
      expect(answersInGeneral(d), d).toBe(true);
  });

  it('is told without the word the reviewer shouted', () => {
    for (const d of notes(
      shop,
      'It works great! I really like it. There is one small problem though. The lid is REALLY hard to take off! I have had it for a month.',
    )) {
      expect(d).toMatch(/the lid is hard to take off/);
      expect(d).not.toMatch(/really hard/i);
    }
  });

  it('names what the reviewer said more of would help', () => {
    for (const d of notes(
      cafe,
      'She really loved the asparagus soup. For infants not so much, my son spent his time in the car seat, so I would think some more highchairs would be helpful. The servers were helpful and timely.',
    ))
      expect(d).toMatch(/highchairs/);
  });

  it('names how long they last when the reviewer says they do not last long', () => {
    for (const d of notes(
      shop,
      "They are okay for eight or so dollars, but they don't last very long. However, for the price I still would buy them again.",
    ))
      expect(d).toMatch(/how long they last/);
  });
});

describe('near misses that hold nothing back', () => {
  it('a five-star story of a past fault is not answered as a reservation', () => {
    for (const d of notes(
      judged('salon'),
      "Every time I go there Josh is very pleasant and always does my hair the way I want it. In the years that I've been there I haven't been disappointed with the salon.",
      5,
    ))
      expect(answersInGeneral(d), d).toBe(false);
  });

  it('wishing the owners well is no wish for something missing', () => {
    for (const d of notes(
      cafe,
      'The falafel was moist and tasty and the pita was lovely. Such great customer service and I wish them the best during this time!',
    ))
      expect(answersInGeneral(d), d).toBe(false);
  });

  it('batteries said to last very long are praised, not answered', () => {
    for (const d of notes(
      shop,
      'These batteries last very long and charge quickly. Great value for eight dollars.',
    ))
      expect(d).not.toMatch(/how long they last/);
  });
});
