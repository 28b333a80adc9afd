import { composeDraft } from '@rebound/server/drafting/index';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { lastSentenceOf } from '../../server/src/drafting/thanks-close.ts';
import { loadProfile } from './sample-drafts.ts';

// A page's thank-you notes do not all ask the reviewer back, but one who says they will be back is answered on it,
// whatever the notes before it closed on: a general wish beside their plan reads as not having read it.

const restaurant = loadProfile('restaurant');

/** Each 5-star review's note drafted with the notes before it as the page's latest replies. */
const draftPage = (reviews: readonly string[]): string[] => {
  const page: string[] = [];
  for (const text of reviews) {
    const r = { author: null, rating: 5, text, title: null };
    const triage = triageReview(r, { sectorGroup: sectorGroupOf(restaurant.sector) });
    page.push(composeDraft(r, triage, restaurant, { recent: [...page] }).text);
  }
  return page;
};

const BEFORE = [
  'Lovely dinner, the risotto was perfect and the service was warm.',
  'Great pizza and a friendly waiter. Highly recommend.',
];
const BACK = /\bback\b|\bagain\b|\bnext (?:time|visit)\b|\bsee you\b|\bcome in\b/i;

describe('a thank-you to a reviewer who says they will be back', () => {
  // A page asks back in every other note: a note just after one that asked closes otherwise, unless the reviewer
  // says they will be back.
  it('answers their plan even just after a note that asked back', () => {
    const page = draftPage([
      BEFORE[0] ?? '',
      'The lamb was superb and the staff were lovely. We will definitely be back!',
    ]);
    expect(lastSentenceOf(page[0] ?? '')).toMatch(BACK);
    expect(lastSentenceOf(page[1] ?? '')).toMatch(BACK);
  });

  it('leaves a note for a reviewer with no such plan free to close otherwise', () => {
    const page = draftPage([BEFORE[0] ?? '', 'The lamb was superb and the staff were lovely.']);
    expect(lastSentenceOf(page[1] ?? '')).not.toMatch(BACK);
  });
});
