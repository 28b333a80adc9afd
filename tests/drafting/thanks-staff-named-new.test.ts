import { staffNamedPlainly } from '@rebound/server/drafting/thanks-people';
import { describe, expect, it } from 'vitest';
import { everyWording, judged } from './remedy-helpers.ts';

// A member of staff the whole review is about is thanked by name, however the reviewer introduced them: "Mia, one of
// the nail techs", "a newer member of the team is Theo", "the class is taught by Omar".

describe('staff named beside their role', () => {
  it.each([
    ['They do every kind of treatment and Mia, one of the nail techs, is brilliant.', 'Mia'],
    ['Bettina, our server, kept the water coming all night.', 'Bettina'],
    ['A newer member of the staff is Theo, and he smooths over every problem.', 'Theo'],
    ['The beginners class is taught by Omar, who never loses his patience.', 'Omar'],
  ])('reads the name as staff: %s', (text, name) => {
    expect(staffNamedPlainly(text)).toContain(name);
  });

  it.each([
    'Well, the clerk was helpful and the shelves were tidy.',
    'We moved here from Best Salon, one of the big chains, and never looked back.',
    'So, our waiter forgot the bread, but the pasta made up for it.',
  ])('reads no name where the capital word is no person (near miss): %s', (text) => {
    expect(staffNamedPlainly(text)).toEqual([]);
  });

  it('thanks the named nail technician in the reply', () => {
    const salon = judged('salon');
    const text =
      'Fantastic salon, they offer everything! Mia, one of the nail techs, is simply the best. She takes such care over the details and her designs are gorgeous.';
    for (const draft of everyWording(salon, text, { rating: 5, count: 6 })) expect(draft).toContain('Mia');
  });
});
