import { triageReview } from '@rebound/server/triage/index';
import type { IncidentKind, SectorGroup } from '@rebound/shared';
import { describe, expect, it } from 'vitest';

const reasonsFor = (text: string, sectorGroup: SectorGroup, rating = 1) =>
  triageReview({ rating, text }, { sectorGroup }).escalation.reasons;

/** Each review is held for the owner for `kind`. */
const heldFor = (kind: IncidentKind, cases: Array<[SectorGroup, string]>) =>
  it.each(cases)('%s: %s', (group, text) => {
    expect(reasonsFor(text, group)).toContain(kind);
  });
/** No review is held for `kind`, or for anything at all when no kind is given. */
const notHeld = (kind: IncidentKind | null, cases: Array<[SectorGroup, string]>) =>
  it.each(cases)('%s: %s', (group, text) => {
    const reasons = reasonsFor(text, group);
    if (kind) expect(reasons).not.toContain(kind);
    else expect(reasons).toHaveLength(0);
  });

describe('legal action the reviewer has already taken is held for the owner', () => {
  const cases: Array<[SectorGroup, string]> = [
    [
      'retail',
      'The blender died in a month and the store refused a refund, so I successfully sued to get my money back.',
    ],
    ['trades_repairs', 'The roofer never finished the job. I took them to small claims court and won.'],
    ['retail', 'After three weeks of excuses I contacted their legal department about the missing order.'],
    ['trades_repairs', 'The landlord kept my deposit for no reason until my lawyer got it back.'],
    ['retail', 'I filed a chargeback and a lawsuit after they kept the money for a sofa that never came.'],
    ['food_hospitality', 'We ended up suing the hotel over the wedding deposit.'],
    ['trades_repairs', 'My attorney had to write to them before they returned the deposit.'],
    ['retail', 'I had to take them to court to get my refund.'],
    ['retail', 'My card company reversed the charge after I disputed it, and my lawyer is now involved.'],
  ];
  heldFor('legal_threat', cases);
});

describe('legal words that are no legal action against the business', () => {
  const cases: Array<[SectorGroup, string]> = [
    ['retail', "I'm not suing anyone, I just want the kettle to work."],
    ['retail', 'I am not going to sue over a toaster, but this one died in a week.'],
    [
      'retail',
      'The maker was sued by a patent troll, so the app was pulled and the speaker lost half its features.',
    ],
    ['retail', 'I keep a legal pad by the phone and the pen they sold me leaks all over it.'],
    ['professional', 'Their legal department sits on the second floor and the lift was broken again.'],
    ['retail', 'The case is described as court-ready on the box, but the zip broke the first week.'],
    ['food_hospitality', 'We ate near the courthouse before the game and the fries were cold.'],
  ];
  notHeld('legal_threat', cases);
});
