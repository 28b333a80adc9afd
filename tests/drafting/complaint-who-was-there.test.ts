import { describe, expect, it } from 'vitest';
import { everyWording, judged, localNegative } from './remedy-helpers.ts';

describe('a burn to the reviewer’s own eye, told beside the stylist', () => {
  it('asks after the reviewer, never after everyone', () => {
    const text =
      'My lashes burned the whole time, and once we were done and she showed me the set I could not open my right eye because glue had got into the corner and burned badly.';
    for (const d of everyWording(judged('salon'), text)) {
      expect(d).not.toMatch(/everyone|all is well/);
      expect(d).toMatch(/\byou\b/);
    }
  });

  it('still asks after everyone where a whole party was hurt', () => {
    const text = 'All of us got burned by the steam from the machine, and my daughter’s arm blistered.';
    expect(everyWording(judged('salon'), text).join(' ')).not.toMatch(
      /hope you are (?:alright|feeling|recovering|on the mend)/,
    );
  });
});

describe('a waitress who never came back', () => {
  it('is not told as a mix-up with the order', () => {
    // The bar where the waitress brought two beers and never came back.
    for (const d of everyWording(judged('restaurant'), localNegative(452)))
      expect(d).not.toMatch(/mix-up with your order/);
  });
});
