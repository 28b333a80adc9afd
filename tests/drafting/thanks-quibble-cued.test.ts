import * as tw from '@rebound/server/drafting/thanks-wording';
import { describe, expect, it } from 'vitest';
import { electronicsThanks } from './happy-drafts.ts';
import { everyWording, judged } from './remedy-helpers.ts';

// A reservation the reviewer says cost a star is answered even where its words cannot be told back cleanly: passing
// over the reason for the stars withheld reads as not having read the review. A reservation with no such mark, whose
// words cannot be told, is still left unsaid rather than nodded at.

const said = (draft: string) => tw.quibbleStarUntold.some((line) => draft.includes(line));

const STAR =
  'Great classes and friendly trainers, I come four times a week. I took a star off because the lockers are crappy and hard to open, and there is a dearth of towels most evenings.';
const GRIPES =
  'Great classes and friendly trainers, I come four times a week. Only gripes: crappy hard-to-open lockers and a dearth of towels.';

describe('a reservation said to cost a star, not nameable', () => {
  it('is answered without naming it (the phone that dies in a power cut)', () => {
    const [draft] = electronicsThanks([781]);
    expect(draft && said(draft)).toBe(true);
  });

  it('is answered in every wording of a gym note', () => {
    for (const draft of everyWording(judged('gym'), STAR, { rating: 4, count: 6 }))
      expect(said(draft), draft).toBe(true);
  });

  it('near miss: the same points as "only gripes", with no star named, get no nod', () => {
    for (const draft of everyWording(judged('gym'), GRIPES, { rating: 4, count: 6 }))
      expect(said(draft), draft).toBe(false);
  });

  it('near miss: a fault told with no cue, whose words cannot be told, gets no nod', () => {
    const [draft] = electronicsThanks([61]);
    expect(draft).toBeDefined();
    expect(said(draft ?? '')).toBe(false);
  });
});
