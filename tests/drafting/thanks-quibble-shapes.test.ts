import { composeDraft } from '@rebound/server/drafting/index';
import { clauseIn } from '@rebound/server/drafting/read-quibble';
import { readPraise } from '@rebound/server/drafting/thanks-praise';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { loadProfile } from './sample-drafts.ts';

const replyTo = (kind: string, text: string, rating = 4): string => {
  const profile = loadProfile(kind);
  const r = { author: null, rating, text, title: null };
  return composeDraft(r, triageReview(r, { sectorGroup: sectorGroupOf(profile.sector) }), profile, {
    recent: [],
  }).text;
};

describe('a stated quibble is named in plain words: the thing and what was wrong with it', () => {
  it.each([
    ['Unfortunately the power button has a defect, it sticks.', 'the power button has a defect'],
    ['Pretty disappointed that they no longer do monthly programmes.', 'we no longer do monthly programmes'],
    ['The only downside is there are no drivers for Mac.', 'there are no drivers for Mac'],
    ['The only thing I could have used was a second outlet.', 'a second outlet would have been welcome'],
    ['The cake seemed like it had been sitting around for a while.', 'the cake did not seem fresh'],
    ['We had to wait 15 minutes to order, but it was worth it.', 'you waited 15 minutes to order'],
  ])('%s', (sentence, told) => {
    expect(clauseIn(sentence)).toBe(told);
  });

  it.each([
    [
      'electronics',
      'Great remote, lovely solid weight. Unfortunately the power button has a defect, it sticks.',
      /the power button has a defect/,
    ],
    [
      'restaurant',
      'The food was authentic and the sampler platter was delicious. The cake seemed like it had been sitting around for a while. Here is where they lost a star.',
      /the cake did not seem fresh/,
    ],
    [
      'electronics',
      'It charged my laptop all through a long trip and worked great. The only thing I could have used was a second outlet.',
      /a second outlet/,
    ],
  ])('the reply names it: %#', (kind, text, told) => {
    expect(replyTo(kind, text)).toMatch(told);
  });

  it('invents none where a sentence only tells a story', () => {
    expect(clauseIn('There was no need to call ahead, they took us straight in.')).toBeNull();
  });
});

describe('the highlight is what was praised, whatever joins it', () => {
  it('reads praise after ", but"', () => {
    const said = readPraise(
      'We had to wait a while, but the fried alligator was amazing and the beans were good.',
    );
    expect(said.map((p) => p.subject)).toContain('the fried alligator');
  });
});
