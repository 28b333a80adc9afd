import { composeDraft } from '@rebound/server/drafting/index';
import { readPraise } from '@rebound/server/drafting/thanks-praise';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
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
