import { describe, expect, it } from 'vitest';
import { triageReview } from '../../server/src/triage/index.ts';

const incidentsOf = (text: string) =>
  triageReview({ rating: 1, text }, { sectorGroup: 'retail' }).situation.incidents;

describe('a business accused of theft, or said to be liable for damages, is a legal matter', () => {
  it.each([
    'They kept my amplifier and never paid the money they promised. Blatant theft, nothing less.',
    'The people who run this repair plan ought to be held liable for every loss they have caused.',
    'Whoever runs this outfit belongs in a real prison.',
  ])('escalates %j', (text) => {
    expect(incidentsOf(text)).toContain('legal_threat');
  });

  it.each([
    'At that price the speakers are daylight robbery, and the bass is muddy.',
    'I was not held up long at the till, but the charger was faulty.',
    'The theft alarm on the door beeped as I left, which was embarrassing.',
  ])('does not escalate %j', (text) => {
    expect(incidentsOf(text)).not.toContain('legal_threat');
  });
});
