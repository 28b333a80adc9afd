import { experienceNoun, recommends } from '@rebound/server/drafting/thanks-subject';
import { gladProductOverall } from '@rebound/server/drafting/thanks-wording';
import { describe, expect, it } from 'vitest';
import { bodyOf, COMPENSATION, draftPage } from './happy-drafts.ts';
import { judged as judgedProfile } from './remedy-helpers.ts';
import { loadProfile } from './sample-drafts.ts';

// A thank-you's close and its thanks fit what the review says of the reviewer: where they live now, whether they
// want to come back, who the product was for, and whether they recommended anyone at all.

describe('a recommendation is the reviewer recommending us', () => {
  it('reads advice given to the reviewer, hearsay and another thing recommended as no recommendation', () => {
    expect(recommends('He gave me a call and recommended we get it taken care of.')).toBe(false);
    expect(recommends('Dr. Harris had come highly recommended from our old dentist.')).toBe(false);
    expect(recommends('I would definitely recommend a subwoofer for these speakers.')).toBe(false);
    expect(recommends('We were recommended this place by a neighbour.')).toBe(false);
  });

  it('still reads the reviewer recommending the business or what they bought', () => {
    expect(recommends('Highly recommend!')).toBe(true);
    expect(recommends('I would recommend them to anyone.')).toBe(true);
    expect(recommends('I recommended this place to my sister.')).toBe(true);
    expect(recommends('Highly recommended.')).toBe(true);
  });

  it('never thanks a garage customer for a referral when only the mechanic recommended something', () => {
    const page = draftPage(loadProfile('auto'), [
      {
        text: 'Took the car in for an oil change. Rich found acid on the battery, gave me a call and recommended we get it cleaned. He was courteous and polite and got the job done well.',
      },
      {
        text: 'The brakes were squealing. The mechanic recommended I replace the pads and showed me the old ones. Fair price and done in an hour.',
      },
      {
        text: 'Came highly recommended by my neighbour. They fixed the alternator the same day and explained everything.',
      },
      {
        text: 'Friendly front desk. Sam recommended we hold off on the tyres for another season, which saved me money.',
      },
    ]);
    for (const reply of page)
      expect(reply).not.toMatch(/recommend|friends our way|telling a friend|vouch|word of mouth/i);
  });

  it('never thanks a product reviewer for recommending it when they recommend other speakers instead', () => {
    const [reply] = draftPage(loadProfile('electronics'), [
      {
        text: 'The highs are good but the sound is flat. I would recommend the Wharfedale Diamond 8.4 speakers as a better choice if you can stretch the budget.',
        title: 'Budget speakers',
        itemName: 'Sony SS-MF650H Floorstanding Speakers',
        rating: 4,
      },
    ]);
    expect(reply).not.toMatch(/recommend|point a friend|vote of confidence/i);
  });
});

describe('the close fits where the reviewer stands', () => {
  it('sends a practice patient who moved away off well without asking them back', () => {
    const [reply] = draftPage(judgedProfile('dental'), [
      {
        text: 'My wife and I went here for years before we moved out of town in 2009. We have never forgotten the superb care from Dr. Joe and the cheerful staff.',
      },
    ]);
    expect(reply).not.toMatch(
      /again|whenever|door is always open|reach out|get in touch|see you|next appointment/i,
    );
    expect(reply).toMatch(/all the best|wishing you|new home/i);
  });

  it('wishes a clinic reviewer who hopes not to be back good health, not an open door', () => {
    const [reply] = draftPage(judgedProfile('medical'), [
      {
        text: 'A clean hospital and friendly staff who helped me get mom into the car after her surgery. I hope not to be back soon.',
        rating: 4,
      },
    ]);
    expect(reply).not.toMatch(/door is always open|whenever|any time you need us|help again|see you/i);
    expect(reply).toMatch(/good health|keep you well|needing us as little/i);
  });

  it('never tells a resident renewing their lease it was a pleasure to have them in', () => {
    const page = draftPage(judgedProfile('apartments'), [
      {
        text: 'With my second lease ending I looked around, and signed on for a third year. The maintenance staff are unbeatable and the landscaping is lovely.',
      },
      { text: 'I have lived here four years. The leasing agents are friendly and the grounds are spotless.' },
    ]);
    for (const reply of page) expect(reply).not.toMatch(/have you in|shop|browse|your next visit/i);
  });

  it('never tells a buyer of a present to enjoy it', () => {
    const page = draftPage(loadProfile('electronics'), [
      {
        text: 'I bought this for my folks for Christmas. It took no time to hook up and recording is simple.',
        title: 'Easy to use',
        itemName: 'Panasonic DMR-ES10S DVD Recorder',
      },
      {
        text: 'Got these for my son as a birthday present and he wears them every day. Great sound.',
        title: 'Great gift',
        itemName: 'Sony MDR Headphones',
      },
      {
        text: 'A Christmas gift for my wife. The screen is bright and the battery lasts.',
        title: 'She loves it',
        itemName: 'Kindle Reader',
      },
      {
        text: 'Bought this for my dad as a present. The buttons are big and the sound is clear.',
        title: 'Good for seniors',
        itemName: 'Panasonic Cordless Phone',
      },
      {
        text: 'Got this for my daughter for her birthday. Small, light and the pictures are sharp.',
        title: 'Nice little camera',
        itemName: 'Canon PowerShot Camera',
      },
      {
        text: 'Purchased it for my parents as a gift. Easy to set up and the picture is great.',
        title: 'Great TV',
        itemName: 'Sharp Aquos TV',
      },
    ]);
    for (const reply of page) {
      expect(bodyOf(reply)).not.toMatch(/\benjoy\b/i);
      // From a shop, "gift" reads as an offer; the present is the reviewer's.
      expect(bodyOf(reply)).not.toMatch(COMPENSATION);
    }
  });
});

describe('what the note is glad of is what the reviewer had', () => {
  it('reads a restaurant breakfast in the dining room as a meal, not a stay', () => {
    const text =
      'A return breakfast visit this week. Staff were attentive and kept refilling the coffee as they passed around the dining room. My omelet was great.';
    expect(experienceNoun(loadProfile('restaurant'), text)).toBe('your meal');
  });
});

describe('a line about the product as a whole stands on its own', () => {
  it('never opens on a concession, since it comes before the point it would concede', () => {
    for (const line of gladProductOverall)
      expect(line).not.toMatch(/^(?:Even so|Still|All the same|That said)\b/);
  });
});
