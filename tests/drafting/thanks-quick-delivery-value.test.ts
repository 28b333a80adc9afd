import { describe, expect, it } from 'vitest';
import { asDraftReview, loadMultiDomain } from '../triage/load-sentiment-data.ts';
import { replyTo } from './happy-drafts.ts';

// A product review headed "Fast and friendly" over "Got my order quickly and found out that these cases are much better
// than the ones sold here locally" praises the delivery's speed: thanking the buyer for saying "how fast the case is"
// tells back praise nobody gave. "Nice product for the money" and "nice bang for the buck" praise the price, and no
// "bank" was praised by the reviewer who typed "bank" for "bang".

const positives = loadMultiDomain('electronics_positive.review').map(asDraftReview);
const real = (words: RegExp) => {
  const review = positives.find((r) => words.test(r.text));
  if (!review) throw new Error(`no review matches ${words}`);
  return replyTo('electronics', review.text, review.rating, review.title);
};

describe('a quick delivery, and a price praised in plain words', () => {
  it('thanks for the delivery, not for a fast product, when the goods came quickly', () => {
    const note = real(/Got my order quickly and found out that these cases/);
    expect(note).not.toMatch(/how (?:fast|quick)\b/i);
    expect(note).toMatch(/\bdelivery\b/);
    const typed = replyTo(
      'electronics',
      'Got my order really fast and the sleeves fit my discs.',
      5,
      'Quick and easy',
    );
    expect(typed).not.toMatch(/how (?:fast|quick)\b/i);
  });

  it('still thanks for a fast product where speed was the product’s (near miss)', () => {
    const note = replyTo(
      'electronics',
      'I am happy to have several of these cards, and all of them are excellent.',
      5,
      'fast, really faster than my old ones',
    );
    expect(note).toMatch(/how fast\b/i);
  });

  it('puts what the product was praised for before a quick delivery (near miss)', () => {
    const note = real(/I love them they sound awesome\. They were delivered quickly/);
    expect(note).toMatch(/\bsound\b/);
    expect(note).not.toMatch(/\bdelivery\b/);
  });

  it('reads "nice product for the money" as praise of the price', () => {
    expect(real(/Controls are easily reprogramable\.\s+Nice product for the money/)).toMatch(
      /\bgood (?:a )?(?:buy|value)\b/i,
    );
    expect(
      replyTo('electronics', 'It does what I need and the cable is long. Great item for the price.', 5),
    ).toMatch(/\bgood (?:a )?(?:buy|value)\b/i);
    // Near miss: "for the money" after a fault is no praise of the price.
    expect(
      replyTo('electronics', 'It does what I need and the cable is long. Not much for the money, though.', 4),
    ).not.toMatch(/\bgood (?:a )?(?:buy|value)\b/i);
  });

  it('never thanks for a "bank" in "nice bank for the buck"', () => {
    const note = real(/Nice bank for the buck/);
    expect(note).not.toMatch(/\bbank\b/i);
    expect(note).toMatch(/\bgood (?:a )?(?:buy|value)\b/i);
  });
});
