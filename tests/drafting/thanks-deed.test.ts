import { composeDraft, demoBusinessProfile } from '@rebound/server/drafting/index';
import { deedOf } from '@rebound/server/drafting/thanks-deed';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { replyTo } from './sample-drafts.ts';

const workshopReply = (text: string, rating: number, title: string): string => {
  const r = { author: null, rating, text, title };
  const triage = triageReview(r, { sectorGroup: sectorGroupOf(demoBusinessProfile.sector) });
  return composeDraft(r, triage, demoBusinessProfile, { recent: [] }).text;
};

describe('a job done for the reviewer is told back as what we were glad to do', () => {
  it.each([
    [
      'Popped in with a bent front wheel. They trued it in ten minutes.',
      'Wheel trued while I waited',
      'true your wheel while you waited',
    ],
    ['Lovely latte while they fixed my flat tyre. Kind people.', null, 'fix your flat tyre'],
    ['Brake cable snapped on my way in. They squeezed me in before lunch.', null, 'fit you in so quickly'],
    ['Took two scooters in for a check and they even adjusted the bells.', null, 'adjust the bells'],
    ['They talked me out of a pricey groupset I did not need.', null, 'save you a groupset you did not need'],
  ])('%s', (text, title, deed) => {
    expect(deedOf(text, title)).toBe(deed);
  });

  it.each([
    // A job denied, a job for someone else, or a thing that is not the reviewer's.
    ['They never fixed my brakes, but the coffee was nice.', null],
    ['They said they fixed my gears and they still slip.', null],
    ['He replaced my old, worn chain and it runs quietly.', null],
    ['We fixed it ourselves in the end, but the advice was good.', null],
    ['The staff sorted the problem in no time.', null],
  ])('not: %s', (text, title) => {
    expect(deedOf(text, title)).toBeNull();
  });

  it.each([
    [
      'Dropped in with a buckled back wheel before a race. They trued it in fifteen minutes. Friendly and quick.',
      5,
      'Wheel trued while I waited',
      /true your wheel while you waited/,
    ],
    [
      'Great cappuccino while they fixed my puncture. Lovely people.',
      5,
      'Coffee and a fix',
      /fix your puncture/,
    ],
    [
      'Chain snapped on the school run. They squeezed me in first thing and I was off in twenty minutes.',
      5,
      'Rescued my morning',
      /fit you in/,
    ],
  ])('the workshop reply says it: %s', (text, rating, title, said) => {
    const reply = workshopReply(text, rating, title);
    expect(reply).toMatch(said);
    expect(reply).not.toMatch(/your visit (?:was such a success|went so well|pleased you)/);
  });

  it('a practice never confirms the care it gave', () => {
    expect(
      replyTo('medical', 'Dr Lee fixed my shoulder in two sessions. They fixed my posture too.', 5),
    ).not.toMatch(/glad we could|pleasure to fix|happy to fix/);
  });

  it('a shop selling a product does not claim the maker fixed anything', () => {
    expect(
      replyTo(
        'electronics',
        'The firmware update fixed my dropouts. They fixed my problem with support too.',
        5,
      ),
    ).not.toMatch(/glad we could|pleasure to fix|happy to fix/);
  });
});
