import { itemNoun } from '@rebound/server/drafting/item-noun';
import { choosePraise, productPraise, readPraise } from '@rebound/server/drafting/thanks-praise';
import { findPeople } from '@rebound/server/triage/situation/praise';
import { describe, expect, it } from 'vitest';
import { replyTo } from './happy-drafts.ts';

// The thing a thank-you names is the reviewer's own main praise of this business or product: not what other
// customers enjoy there, not the product's own kind, not praise their story takes back.

const subjects = (text: string) => readPraise(text, findPeople(text)).map((p) => p.subject);
const chosen = (text: string, product: string | null = null) =>
  choosePraise(readPraise(text, findPeople(text)), product, text).named.map((p) => p.subject);

describe('the praise a thank-you names', () => {
  it('leaves out what other people enjoy at the place', () => {
    const text =
      'Many enjoy a good smoke or a drink outside on the patio. The gravy was flavorful and the turkey moist.';
    expect(subjects(text)).not.toContain('the smoke');
    expect(subjects(text)).toContain('the gravy');
  });

  it.each([
    ['I am also consistently pleased with their selection.', 'our selection'],
    ['We were really impressed by the service, start to finish.', 'the service'],
  ])('reads the reviewer pleased with a thing as praise of it: %s', (text, subject) => {
    expect(subjects(text)).toContain(subject);
  });

  it("near miss: pleased with the reviewer's own doing is no praise of ours", () => {
    expect(subjects('I was pleased with my decision to wait.')).toEqual([]);
  });

  it('reads "I found the sound fantastic" as praise of the sound, ahead of a plain word on the fit', () => {
    const text = 'I found the sound fantastic. The fit is great, of course your mileage may vary.';
    expect(subjects(text)).toContain('the sound');
    expect(chosen(text)[0]).toBe('the sound');
  });

  it("never singles out the product's own kind, one or many, as a part of it", () => {
    const text = 'This is one of the best wireless phones I have had: good call quality and good range.';
    expect(chosen(text, 'the phone')).not.toContain('the wireless phones');
  });

  it('takes no "worked well" from praise the story takes back', () => {
    const text =
      'I tried one of the cheap imitations. It worked well for a few months and then my photos came out with colour changes.';
    expect(productPraise(text, 'stick with the best', 'the ink').map((p) => p.how ?? '')).not.toContainEqual(
      expect.stringMatching(/^well/),
    );
  });

  it('thanks a product review for the product, never for "this box" as if a part of it', () => {
    const reply = replyTo(
      'electronics',
      'This box is perfect to have all the basic accessories at once. Everything works with my video player.',
      5,
      'Great',
    );
    expect(reply).not.toMatch(/\bthe box\b/i);
  });
});

describe('the product is named as its maker is', () => {
  it('keeps a maker of two words whole: "the Ultimate Ears earphones", never "the Ultimate earphones"', () => {
    expect(itemNoun('Ultimate Ears Super.fi 5 Pro Earphones (Black): Electronics')).toBe(
      'the Ultimate Ears earphones',
    );
  });
});
