import { triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';

const reasonsFor = (text: string) =>
  triageReview({ rating: 1, text }, { sectorGroup: 'retail' }).escalation.reasons;

describe('a signal that cuts out while driving is not a car failing', () => {
  it('an FM transmitter whose transmission cuts out on the highway is not escalated', () => {
    expect(
      reasonsFor(
        'It is awkward to plug in in my car. The controls are bulky. The transmission cut out on the highway every time I passed 60.',
      ),
    ).not.toContain('equipment_failure_risk');
  });

  it('a car whose engine cut out on the highway is still escalated', () => {
    expect(
      reasonsFor(
        'They serviced my car last week. The next day the engine cut out on the highway and I nearly crashed.',
      ),
    ).toContain('equipment_failure_risk');
  });
});
