import { triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';

const reasons = (title: string, text: string) =>
  triageReview({ rating: 1, title, text }, { sectorGroup: 'retail' }).escalation.reasons;

// A review's title often names the incident outright, with the body telling only how it came about.
describe('an incident named in the title', () => {
  const body =
    'We tried it in one car. When we turned the player on, the car battery immediately discharged and the player died. We had to buy a new car battery.';

  it('is held for the owner: goods said to have ruined a car battery and two players', () => {
    expect(reasons('This product ruined our car battery and 2 Ipods', body)).toContain('legal_threat');
  });

  it('is not read from a title that only grumbles, or from a figure of speech', () => {
    expect(reasons('Drains batteries, avoid', body)).not.toContain('legal_threat');
    expect(
      reasons(
        "Strong +'s injured by not-infrequent paper jams",
        'It grabs several pages at once, so I have to scan whole documents again.',
      ),
    ).toEqual([]);
  });
});
