import { triageReview } from '@rebound/server/triage/index';
import type { IncidentKind, SectorGroup } from '@rebound/shared';
import { describe, expect, it } from 'vitest';

const reasonsFor = (text: string, sectorGroup: SectorGroup, rating = 1) =>
  triageReview({ rating, text }, { sectorGroup }).escalation.reasons;

describe('escalation of billing fraud and disputed damage', () => {
  const cases: Array<[IncidentKind, SectorGroup, string]> = [
    [
      'legal_threat',
      'health',
      'For years I let the insurance fraud slide because the old dentist was kind, but I am done with this office.',
    ],
    [
      'legal_threat',
      'health',
      'I let the fraud on my insurance go for a long time, but the front desk is still at it.',
    ],
    [
      'legal_threat',
      'health',
      'They run extra procedures and only at checkout tell you that you owe them, although you never approved any of it.',
    ],
    [
      'legal_threat',
      'health',
      'The clinic billed my insurer for two x-rays that were never taken during my visit.',
    ],
    [
      'legal_threat',
      'retail',
      'The store fraudulently charged my card a second time for a blender I returned.',
    ],
    [
      'legal_threat',
      'trades_repairs',
      'When I pointed out the new dent in the door, the mechanic called me a liar and said it was already like that.',
    ],
    [
      'legal_threat',
      'trades_repairs',
      'My wife found scratches across the dashboard after the windscreen job. The manager accused her of lying and told her to leave.',
    ],
  ];
  it.each(cases)('escalates %s (%s): %s', (kind, group, text) => {
    expect(reasonsFor(text, group)).toContain(kind);
  });
});

describe('ordinary complaints and the reviewer’s own mishaps are not escalated', () => {
  const cases: Array<[SectorGroup, string]> = [
    // The reviewer's own bigoted remarks about other customers or the owners make no claim against the business.
    [
      'food_hospitality',
      'The food is fine, but this bar is where the trash hangs out, of every colour you can think of.',
    ],
    ['food_hospitality', 'The tables around us were Mexican thugs shouting all night.'],
    [
      'food_hospitality',
      'The place was packed with the Korean people and they have been known to like odd flavours.',
    ],
    ['retail', 'Another sneaky fee at the register, it is just the Chinese way I guess.'],
    ['health', 'They charged me twice for the same check-up, and it took three calls to get it corrected.'],
    ['health', 'The bill was wrong and listed a test I never had; the office fixed it after one email.'],
    ['health', 'The receptionist was rude and sighed every time I asked a question.'],
    [
      'food_hospitality',
      'The clerk called me a liar when I said I had already paid the deposit, and hung up on me.',
    ],
    ['food_hospitality', 'Black trash bags were piled by the back door all evening.'],
    ['retail', 'I tripped over my own feet in the car park and sprained my ankle, totally my fault.'],
    ['retail', 'I cut my finger opening the box, clumsy me, but the knife set is lovely.'],
    ['health', 'I fell off my bike and broke my wrist, and the physio here got me back to work.'],
    ['trades_repairs', 'I was hit by a drunk driver last month and they repaired my car in a week.'],
    ['retail', 'There is a chink in the armour: the lid sticks.'],
    ['food_hospitality', 'There was black scum all around the bathtub.'],
    ['professional', 'The bank spotted fraud on my account and sorted it out in ten minutes.'],
  ];
  it.each(cases)('%s: %s', (group, text) => {
    expect(reasonsFor(text, group)).toEqual([]);
  });

  it('still escalates a fall on a wet floor when staff, not the reviewer, call it the reviewer’s fault', () => {
    expect(
      reasonsFor(
        'I slipped on the wet floor by the door and hurt my wrist. The manager told me it was my own fault.',
        'retail',
      ),
    ).toContain('injury');
  });

  it('still escalates a fall on a wet floor the reviewer says was not their fault', () => {
    expect(
      reasonsFor(
        'I slipped on the wet floor by the entrance and fell hard on my hip. It was not my fault, there was no sign out.',
        'retail',
      ),
    ).toContain('injury');
  });
});
