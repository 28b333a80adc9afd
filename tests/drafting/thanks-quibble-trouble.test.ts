import { type BusinessProfile, composeDraft } from '@rebound/server/drafting/index';
import { readQuibble } from '@rebound/server/drafting/read-quibble';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { loadProfile } from './sample-drafts.ts';

describe('a small trouble a happy reviewer names', () => {
  it.each([
    [
      'Easy to operate and good focus. Just a little problem with tracking for the goofy faces but overall a nice little cam',
      'the tracking for the goofy faces',
    ],
    [
      'This is pretty close to it but i had a few problems with the email and web features. All the rest is top notch.',
      'the email and web features',
    ],
    [
      'While I agree with the other reviews about the lack of base maps, and the expense of more, this unit rocks!',
      'the lack of base maps',
    ],
    [
      'The room was very clean and the bed comfortable. The guests in the room on the upper floor could be heard in the evening and in the morning.',
      'the noise',
    ],
    ['Great hotel, friendly staff, but thin walls.', 'the noise'],
    [
      'The room we had was roomy and comfortable. The toilet tank had a small leak, but was only evident the morning of checkout.',
      'the leak',
    ],
    [
      'The card is fast and it can store so much data, but the only reason I gave it 4 stars is because it is over 700',
      'the price',
    ],
    [
      'No problems with the phone. There is no mute button and it is annoying to hit two buttons.',
      'the missing mute button',
    ],
    [
      'Pros: strong suction.\nCons: Lack of a 4th angle for adjustment (the screen only tilts one way)',
      'the lack of a 4th angle',
    ],
    [
      'Labels print clearly. My only complaint about the keypad is that it does not offer a dash or hyphen, so I use a star. It runs for ages on batteries, so I never bought the adapter.',
      'the missing dash or hyphen',
    ],
  ])('is read from %j', (text, noun) => {
    expect(readQuibble(text, null)).toMatchObject({ found: true, noun });
  });

  it('names no missing feature where the reviewer says it has no problem', () => {
    const read = readQuibble(
      'My only complaint is minor: it does not have a problem with thick tape, it is just slow.',
      null,
    );
    expect(String(read.found ? read.noun : '')).not.toMatch(/missing/);
  });

  it.each([
    'We loved the lack of fuss at check-in and the staff were lovely.',
    'I had some trouble with my booking but the staff fixed it quickly. Great stay.',
    'Never had a problem with it. Great sound.',
    'We could hear the waves from our balcony every night. Bliss.',
  ])('is not read where none was raised or it was put right: %j', (text) => {
    expect(readQuibble(text, null).found).toBe(false);
  });
});

describe('a thank-you for a product the reviewer calls by its maker', () => {
  const store: BusinessProfile = loadProfile('electronics');
  const reply = (text: string, itemName: string): string => {
    const review = { author: null, rating: 5, text, title: null, itemName };
    return composeDraft(review, triageReview(review, { sectorGroup: sectorGroupOf(store.sector) }), store, {
      recent: [],
    }).text;
  };
  const text =
    'I wanted a top quality palm. This is close to it but I had a few problems with the email and web features. All the other features are top notch and overall I love my palm';

  it('names the product as the shop would, never "the palm"', () => {
    const draft = reply(text, 'Palm TX Handheld');
    expect(draft).toContain('the Palm handheld');
    expect(draft).not.toMatch(/the palm\b/);
  });

  it('answers the quibble by name, and thanks only once', () => {
    const draft = reply(text, 'Palm TX Handheld');
    expect(draft).toContain('the email and web features');
    expect(draft.match(/\bthank/gi)?.length ?? 0).toBeLessThanOrEqual(1);
  });
});
