import { describe, expect, it } from 'vitest';
import { triageReview } from '../../server/src/triage/index.ts';

const triage = (text: string, rating: number) => triageReview({ rating, text }, { sectorGroup: 'health' });

describe('a cut told in passing, even in a 4-star review, is held as an injury', () => {
  it.each([
    [
      4,
      'My technician went rough with the cuticle pusher. I ended up getting a cut on my right pinky. It still hurts 3 days later!',
    ],
    [2, 'The stylist nicked me and I was left with a deep cut on my neck.'],
    [5, 'Great massage, though I got a small cut on my foot from the stool by the tub.'],
  ])('escalates a %i-star review: %j', (rating, text) => {
    const t = triage(text, rating);
    expect(t.situation.incidents).toContain('injury');
    expect(t.escalation.escalate).toBe(true);
  });

  it.each([
    'I got a great cut on my hair, the best fringe I have had.',
    'She gave me a cut on the short side, which is what I asked for.',
    'A clean cut on the bob and lovely colour.',
  ])('does not escalate a haircut: %j', (text) => {
    expect(triage(text, 5).situation.incidents).not.toContain('injury');
  });
});
