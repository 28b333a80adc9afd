import { describe, expect, it } from 'vitest';
import { body, draftFor, judged, offered, stepFor } from './remedy-helpers.ts';

const restaurant = judged('restaurant');
const spa = judged('spa');
const salon = judged('salon');

describe('a meal let down by the service is offered the amends the business lists for it', () => {
  it.each([
    // A rude server, from a diner who does not say they are done with the place.
    'Our server was short with us all night and rolled her eyes every time we asked for something. The food itself was lovely, which made it more of a shame.',
    // Ignored at the counter while staff chatted.
    'I stood at the counter for twenty minutes waiting to order a coffee while two of the staff chatted about their weekend. Nobody even said hello to me.',
    // A long wait for a table and for the food, from a regular.
    'We come here most Saturdays but this time we waited over an hour for a table and another forty minutes for our plates. Nobody told us why.',
  ])('offers the table on us: %s', (text) => {
    expect(body(draftFor(restaurant, text))).toMatch(/\b(?:on us|on the house|at our expense)\b/i);
  });

  it.each([
    // Will not come back: a free visit does not win them over.
    'Our server ignored us for half an hour and then brought the wrong drinks. We will not be back.',
    'We sat at our table for forty minutes and nobody came to take our order, so we left. I will not be returning.',
    // Already came back for another go, and it went the same way.
    'The service was slow the first time, so we gave them one more try last night. Another forty-five minute wait for a table and a waiter who never came back to check on us.',
    // A quarrel over the bill is answered with the money, not bought off with a free meal.
    'The waiter was rude when we queried the bill, and we were overcharged for two drinks we never had.',
  ])('offers no table: %s', (text) => {
    expect(offered(stepFor(restaurant, text))).not.toBe('other');
    expect(body(draftFor(restaurant, text))).not.toMatch(/\b(?:on us|on the house|at our expense)\b/i);
  });
});

describe('a reviewer who already gave the business another chance is not offered another visit', () => {
  it('offers the spa guest no free visit after a second poor appointment', () => {
    const text =
      'My first pedicure here was rushed and the polish chipped in two days. I like to give places more than one chance, so I went back, and the second tech did an even worse job on the shape of my nails.';
    expect(body(draftFor(spa, text))).not.toMatch(/\bfree visit\b|\bput the treatment right\b/i);
  });

  it('still offers the spa guest the free visit after a first poor appointment', () => {
    const text =
      'My pedicure was rushed and the polish chipped within two days. The tech barely looked at what she was doing.';
    expect(body(draftFor(spa, text))).toMatch(/\bfree visit\b|\bput the treatment right\b/i);
  });

  it('offers no correction of the cut to a client who tried the salon twice', () => {
    const text =
      'I have now tried this salon twice and both times the cut came out lopsided, with one side a good inch longer than the other.';
    expect(body(draftFor(salon, text))).not.toMatch(/\bcorrect the cut\b/i);
  });
});
