import { describe, expect, it } from 'vitest';
import { recommends, visitNotTold } from '../../server/src/drafting/thanks-subject.ts';
import { bodyOf, replyTo } from './happy-drafts.ts';

// A thank-you is glad of a visit only when the reviewer tells of one: a present they were given, an order sent to
// them, someone else's haircut or a membership kept for years is not "your visit" or "your time with us".

const CLAIMS_VISIT = /\byour (?:visit|time with us|appointment)\b/i;

describe('reviews that tell of no visit of the reviewer’s own', () => {
  it('reads a present, an order sent out, a long membership and someone else’s appointment', () => {
    expect(visitNotTold('A girlfriend gave me one of the little cakes for my birthday.', 'your visit')).toBe(
      true,
    );
    expect(visitNotTold('We had a few cakes sent to us at work and loved them.', 'your order')).toBe(true);
    expect(visitNotTold('I ordered the flowers online and they arrived fresh.', 'your visit')).toBe(true);
    expect(visitNotTold('Bought it from Amazon and it was perfect.', 'your visit')).toBe(true);
    expect(visitNotTold("I've been going there for over a year and plan to stay.", 'your time with us')).toBe(
      true,
    );
    expect(visitNotTold('Member here for three years now, love it.', 'your time with us')).toBe(true);
    expect(visitNotTold('I took my father in and his barber did a great job.', 'your appointment')).toBe(
      true,
    );
  });

  it('still reads a visit where the reviewer came in themselves (near misses)', () => {
    expect(visitNotTold('We came in for my birthday and the cake was lovely.', 'your visit')).toBe(false);
    expect(visitNotTold('I gave the staff a call and they fit me in the same day.', 'your appointment')).toBe(
      false,
    );
    expect(visitNotTold('First time at this gym, the trainers were great.', 'your time with us')).toBe(false);
    // Bringing family to a meal: the reviewer sat at the table too.
    expect(visitNotTold('I took my father to dinner here and the steak was perfect.', 'your visit')).toBe(
      false,
    );
    // A meal brought to the door is still the reviewer's own meal.
    expect(visitNotTold('Ordered online for delivery and the curry was hot.', 'your meal')).toBe(false);
    // A present that is itself a visit: a voucher, a treatment.
    expect(
      visitNotTold(
        'My husband bought me a gift certificate for this spa. The facial was bliss.',
        'your appointment',
      ),
    ).toBe(false);
    expect(visitNotTold('A friend gave me a massage here for my birthday.', 'your appointment')).toBe(false);
    // A stay is never in question here.
    expect(visitNotTold('A friend gave me a voucher for a night here.', 'your stay')).toBe(false);
  });
});

describe('a happy note claims no visit the review did not tell of', () => {
  const gifts = [
    'A friend gave me a box of the little lemon cakes for my birthday and they were gone in a day. So rich and moist!',
    'My sister sent me a dozen of the cupcakes as a present. Every one was perfect and the frosting was light.',
    'We were sent a tray of pastries at work by a client. The almond croissants were the best I have had.',
  ];
  it('is not glad of "your visit" for a present the reviewer was given', () => {
    for (const text of gifts) expect(bodyOf(replyTo('bakery', text, 5))).not.toMatch(CLAIMS_VISIT);
  });

  const members = [
    "I've been going there for over a year and everyone at the desk greets you by name. Plenty of machines free.",
    'Been a member here for three years now. The classes are varied and the place is always spotless.',
  ];
  it('is not glad of "your time with us" for a member of long standing', () => {
    for (const text of members) expect(bodyOf(replyTo('gym', text, 5))).not.toMatch(CLAIMS_VISIT);
  });

  it('is not glad of "your appointment" for a parent’s haircut the reviewer brought them to', () => {
    const text =
      'I took my father in for a cut and we were thrilled. The barber took his time, trimmed the eyebrows and used warm foam on the neck.';
    expect(bodyOf(replyTo('salon', text, 5))).not.toMatch(CLAIMS_VISIT);
  });
});

describe('something one of the reviewer’s people brought home', () => {
  it('is no visit of the reviewer’s own', () => {
    expect(
      visitNotTold(
        'My niece brought home a cake from here that her friend had got her. Best cake in ages.',
        'your visit',
      ),
    ).toBe(true);
    expect(
      visitNotTold(
        'My husband picked up a dozen bagels on his way back and they were perfect.',
        'your visit',
      ),
    ).toBe(true);
  });

  it('is still a visit where the reviewer bought it themselves (near misses)', () => {
    expect(visitNotTold('I bought my niece a cake here and she loved it.', 'your visit')).toBe(false);
    expect(visitNotTold('My friends and I came in for brunch and loved it.', 'your visit')).toBe(false);
  });
});

describe('a recommendation the reviewer withholds', () => {
  it('is not thanked for as one, and "cannot recommend enough" still is', () => {
    expect(
      recommends("Overall it works very well. I don't recommend she take the mount on a trip though."),
    ).toBe(false);
    expect(recommends('I don’t recommend it for travel, but at home it is perfect.')).toBe(false);
    expect(recommends("Can't recommend them enough!")).toBe(true);
    expect(recommends('I highly recommend this shop.')).toBe(true);
  });
});
