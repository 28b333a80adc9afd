import { inviteBack } from '@rebound/server/drafting/thanks-wording';
import { describe, expect, it } from 'vitest';
import { bodyOf, draftPage, replyTo } from './happy-drafts.ts';
import { loadProfile } from './sample-drafts.ts';

describe('a word that opens a sentence is never thanked as a member of staff', () => {
  it('"What helped me…" is no colleague', () => {
    const text =
      'It took a couple of tries to get the fit right. What helped me was looping the wire over my ear. Now the sound is crystal clear and the fit is perfect.';
    expect(replyTo('electronics', text, 5)).not.toMatch(/\bWhat (?!a\b)\p{Ll}/u);
  });

  it('"Obviously, the driver…" is no colleague', () => {
    const text =
      'A small TV in the car makes the school run easier. Obviously, the driver cannot watch it, but the kids can. All the leads are included. Great price.';
    expect(replyTo('electronics', text, 5)).not.toMatch(/\bObviously\b/);
  });

  it('a stylist whose name ends like an adverb is still thanked', () => {
    const text = 'Shirley was so helpful and did my colour perfectly. Really friendly salon, I will be back.';
    expect(replyTo('salon', text, 5)).toMatch(/\bShirley\b/);
  });

  it('a first name the reviewer thanks is still thanked', () => {
    const text = 'Great little shop. Anna helped me choose a mouse and it is perfect for my desk.';
    expect(replyTo('electronics', text, 5)).toMatch(/\bAnna\b/);
  });
});

describe('a meal is not answered as a stay because the reviewer slept somewhere else', () => {
  const staysClose = (reply: string): boolean => inviteBack.stay.some((line) => reply.includes(line));

  it('a takeaway for someone staying at a hotel is invited back for a meal', () => {
    const text =
      'We ordered the cheese pizza, cheap and delicious. The vodka penne was creamy. They packed extra bread and cutlery because they knew I was staying at a hotel. The food is worth the trip.';
    expect(staysClose(replyTo('restaurant', text, 5))).toBe(false);
  });

  it('a night upstairs is still answered as a stay', () => {
    const text = 'We stayed two nights in the rooms upstairs and the room was spotless. Breakfast was good.';
    expect(staysClose(replyTo('restaurant', text, 5))).toBe(true);
  });
});

describe('the thing a reviewer singles out is what the reply names', () => {
  it('"the crowning glory is the patio" names the patio over the food', () => {
    const text =
      'Always a nice time here. The food is reasonable and tasty. The crowning glory however is the outdoor patio with its big screen. Bathrooms are clean too.';
    expect(replyTo('restaurant', text, 4)).toMatch(/\bpatio\b/);
  });

  it('"the main selling point" is singled out like "the highlight"', () => {
    const text = 'A decent hotel. The main selling point was the rooftop pool. The rooms were fine.';
    expect(replyTo('hotel', text, 4)).toMatch(/\brooftop pool\b/);
  });

  it('"the highlight was the location, right by the stadium" names no stadium', () => {
    const text = 'Nice hotel, friendly staff. The highlight was the location, right by the stadium.';
    expect(replyTo('hotel', text, 5)).not.toMatch(/\bstadium\b/);
  });

  it('"the best part was their quick, honest quote" still names the quote', () => {
    const text = 'They fixed my brakes the same day. The best part was their quick, honest quote.';
    expect(replyTo('auto', text, 5)).toMatch(/\bquote\b/);
  });
});

describe('a second thing praised "and so was" is praised too', () => {
  it('"the lasagne was delicious, and so was the tiramisu" names the tiramisu', () => {
    const reply = replyTo(
      'restaurant',
      'The lasagne was delicious, and so was the tiramisu. Friendly service too.',
      5,
    );
    expect(reply).toMatch(/\btiramisu\b/);
  });

  it('"and so was I" names no one', () => {
    const reply = replyTo(
      'restaurant',
      'The lasagne was delicious, and so was I by the end. Friendly service too.',
      5,
    );
    expect(reply).not.toMatch(/\bthe i\b|\bthe end\b/i);
  });
});

// Lines that name nothing and could follow any review: a page of them reads as a form letter.
const FILLER =
  /writing in about us|letting others know how it went|for the review and the stars|stars and for the write-up|will not go unnoticed/i;

describe('a page of short happy reviews opens without stock filler', () => {
  const pages: Array<[string, string[]]> = [
    [
      'shop',
      [
        'Lovely shop, will come again.',
        'Always a pleasure to pop in here.',
        'Five stars, no notes.',
        'Really nice experience overall.',
        'Good place, friendly enough.',
        'Went in for a gift and left happy.',
        'My go-to store in town.',
        'Cannot fault it.',
        'Would recommend to anyone.',
        'Top place.',
      ],
    ],
    [
      'restaurant',
      [
        'Great night out.',
        'Lovely evening, thank you.',
        'We will be back for sure.',
        'Really enjoyed it.',
        'Best place in the area.',
        'A solid choice for dinner.',
        'Always good here.',
        'Had a great time with friends.',
        'Recommended.',
        'Very happy with our visit.',
      ],
    ],
    [
      'electronics',
      [
        'Does what it says.',
        'Works fine, would buy again.',
        'No complaints at all.',
        'Exactly what I needed.',
        'Would recommend this to anyone.',
        'Happy with the purchase.',
        'Good buy.',
        'It works as expected.',
        'Great product.',
        'I recommend it.',
      ],
    ],
  ];

  it.each(pages)('%s', (kind, reviews) => {
    const replies = draftPage(loadProfile(kind), reviews);
    for (const reply of replies) expect(bodyOf(reply)).not.toMatch(FILLER);
  });
});
