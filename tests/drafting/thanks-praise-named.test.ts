import { composeDraft } from '@rebound/server/drafting/index';
import { productPraise, readPraise } from '@rebound/server/drafting/thanks-praise';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { findPeople } from '@rebound/server/triage/situation/praise';
import { describe, expect, it } from 'vitest';
import { loadProfile } from './sample-drafts.ts';

const store = loadProfile('electronics');
const replyTo = (text: string, title: string | null = null): string => {
  const r = { author: null, rating: 5, text, title };
  return composeDraft(r, triageReview(r, { sectorGroup: sectorGroupOf(store.sector) }), store, { recent: [] })
    .text;
};

describe('praise of a product’s part is read however strongly it was put', () => {
  it.each([
    ['The sound quality is pretty darn good for the size.', 'the sound quality'],
    ['The picture quality is crystal clear, even with every port in use.', 'the picture quality'],
    ['They perform as advertised: the sound is more than adequate.', 'the sound'],
    ['The remote works well and the back-lit buttons are great.', 'the back-lit buttons'],
  ])('%s', (text, subject) => {
    expect(readPraise(text).map((p) => p.subject)).toContain(subject);
  });

  it('keeps the whole of a hyphenated name, never a cut-off half', () => {
    expect(readPraise('The back-lit buttons are great.').map((p) => p.subject)).not.toContain(
      'the lit buttons',
    );
  });

  it.each([
    [
      'The picture quality is crystal clear, even with every port in use, and setup took minutes.',
      /picture quality/,
    ],
    ['The sound quality is pretty darn good, and it folds up small.', /sound quality/],
  ])('a shop’s thank-you names it: %s', (text, named) => {
    for (const title of [null, 'Fantastic', 'Great value', 'Happy customer'])
      expect(replyTo(text, title)).toMatch(named);
  });
});

describe('a product praised as "it" or "they" is told back as the reviewer put it', () => {
  it.each([
    ['They are super comfortable and seem to block the world out.', null, 'comfortable they are'],
    [
      'I have had these for a month and I love them they sound awesome.',
      'the speakers',
      'good the speakers sound',
    ],
    ['Very easy set up. Quality product.', null, 'easy it is to set up'],
  ])('%s', (text, product, how) => {
    expect(productPraise(text, null, product).map((p) => p.how)).toContain(how);
  });

  it('takes no "enough" for praise', () => {
    expect(productPraise('It is fast enough for me.', null, null)).toEqual([]);
  });
});

describe('two people praised together are both people', () => {
  it('never reads a name paired with another as a thing, and hands the praise to them', () => {
    const text = 'Handy for the conference centre. Martin and Marco were very nice and professional.';
    expect(readPraise(text, ['Marco']).map((p) => p.subject)).not.toContain('the martin');
    expect(findPeople(text)).toEqual(expect.arrayContaining(['Martin', 'Marco']));
  });
});
