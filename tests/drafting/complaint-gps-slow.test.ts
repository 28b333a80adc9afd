import { describe, expect, it } from 'vitest';
import { replyToGoods, storedReplyWhere } from './device-helpers.ts';

// A GPS slow to find satellites is the grievance a rider who bought it for the road is answered on; one quick to
// find them is praised for it, whatever else went wrong.

const SLOW_SKY = /\b(?:slow to find satellites|so long to pick up the satellites)\b/;
const gps = 'Garmin iQue M5 Integrated Pocket PC and GPS: Electronics';

describe('a GPS slow to find satellites', () => {
  it('is named in the reply to the rider whose unit could not keep pace', () => {
    expect(storedReplyWhere(/slow to acquire satellites and to recalculate routes/)).toMatch(SLOW_SKY);
  });

  it('is named however the slowness is told', () => {
    expect(
      replyToGoods('This GPS takes forever to get a fix every morning. Useless for my commute.', gps, 2),
    ).toMatch(SLOW_SKY);
  });

  it('near miss: one quick to acquire satellites is not faulted for it', () => {
    expect(
      replyToGoods('It was quick to acquire satellites, but the screen cracked within a week.', gps, 2),
    ).not.toMatch(SLOW_SKY);
  });
});
