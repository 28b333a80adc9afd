import { composeDraft } from '@rebound/server/drafting/index';
import { choosePraise, readPraise } from '@rebound/server/drafting/thanks-praise';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { bodyOf } from './happy-drafts.ts';
import { judgedProfile } from './judged/profile.ts';

const subjects = (text: string): string[] => readPraise(text).map((p) => p.subject);

function thanks(profileName: string, text: string, rating = 4): string {
  const profile = judgedProfile(profileName);
  const triage = triageReview({ rating, text, title: null }, { sectorGroup: sectorGroupOf(profile.sector) });
  const review = { author: null, rating, text, title: null, itemName: null };
  return bodyOf(composeDraft(review, triage, profile, { recent: [] }).text);
}

describe('praise said in a list, with no verb, is read', () => {
  it('"staff amazing and best breakfast ever" names the staff and the breakfast', () => {
    expect(subjects('Very clean, very comfortable, staff amazing and best breakfast ever.')).toEqual([
      'the staff',
      'the breakfast',
    ]);
  });

  it('"Best pizza in town." opens a sentence without "the"', () => {
    expect(subjects('Best pizza in town. We will be back.')).toEqual(['the pizza']);
  });

  it('"Food delicious, service great." reads both', () => {
    expect(subjects('Food delicious, service great.')).toEqual(['the food', 'the service']);
  });

  it('a hotel note thanks for the breakfast rather than for a review in general', () => {
    const note = thanks(
      'hotel',
      'First time here and we were pleasantly surprised. Very clean, very comfortable, staff amazing and best breakfast ever. To be truthful, there was no downside.',
    );
    expect(note).toMatch(/\bbreakfast\b/);
  });

  it('near miss: a verb or a degree word before the praise is no thing praised', () => {
    expect(subjects('Super delicious.')).toEqual([]);
    expect(subjects('I plugged it in, works great.')).toEqual([]);
    expect(subjects('Set up in minutes and looks great.')).toEqual([]);
  });

  it('"On top of the great instructors…" adds one more thing praised, no comparison', () => {
    expect(
      subjects('On top of the great instructors and class times, it is also really affordable.'),
    ).toEqual(['the instructors']);
  });

  it('near miss: "the perfect complement to a wonderful headset" is still a comparison', () => {
    expect(subjects('It is the perfect complement to a wonderful headset.')).toEqual([]);
  });

  it('near miss: "the best" inside a sentence is read as before', () => {
    expect(subjects('This is the best pizza I have ever had.')).toEqual(['the pizza']);
  });
});

describe('one thing given two names with a slash is read as the first', () => {
  it('"the cakes/ cupcakes are amazing" names the cakes', () => {
    expect(subjects('I have been here many times and the cakes/ cupcakes are amazing!!!!')).toEqual([
      'the cakes',
    ]);
  });

  it('"The instructors/coaches are so helpful" names the instructors', () => {
    expect(subjects('The instructors/coaches are so helpful.')).toEqual(['the instructors']);
  });

  it('a bakery note names the cakes', () => {
    const note = thanks(
      'bakery',
      "Okay, I've been to this location on several occasions and the cakes/ cupcakes are amazing!!!! I didn't give a review right away.",
    );
    expect(note).toMatch(/\bcakes\b/);
  });

  it('near miss: a slash inside a longer name is left alone', () => {
    // Blanking "/dinner" would read "the lunch menu", which the reviewer never said alone.
    expect(subjects('The sushi is fresh and the lunch/dinner menu is great.')).toEqual(['the sushi']);
  });
});

describe('a part of a bigger business the reviewer picked out', () => {
  it('"the highlight of our stay was the spa" names the spa first', () => {
    const text =
      'The rooms were clean and the staff were friendly, but the highlight of our stay was the spa.';
    expect(choosePraise(readPraise(text), null, text).named.map((p) => p.subject)).toEqual(['the spa']);
  });

  it('near miss: a hotel praised as a whole beside its rooms is not named before them', () => {
    const text = 'Clean and lovely hotel. The rooms were great.';
    expect(choosePraise(readPraise(text), null, text).named.map((p) => p.subject)).toEqual(['the rooms']);
  });
});
