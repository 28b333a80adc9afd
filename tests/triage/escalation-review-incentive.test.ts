import { triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';

const reasonsFor = (text: string, rating = 1) =>
  triageReview({ rating, text }, { sectorGroup: 'retail' }).escalation.reasons;

describe('something of value offered for a better review or for taking one down', () => {
  it.each([
    'The adapter fried my camera. Then the seller offered me a $20 discount if I changed my review.',
    'They offered a full refund if I removed my review, which tells you everything.',
    'The manager promised us a voucher as long as we would update our rating to five stars.',
    'A card in the box offered a free case for a five-star review.',
    'They sent me a gift card to take down the review.',
  ])('is held for the owner: %s', (text) => {
    expect(reasonsFor(text)).toContain('legal_threat');
  });

  it.each([
    'They offered a refund, which I took, and I am updating my review to three stars because they fixed it.',
    'They never offered a discount or asked me to change my review; they just ignored me.',
    'I got a 10% discount for signing up to the newsletter. The blender broke in a week.',
    'Good refund policy, so I will change my review if they sort the replacement out.',
  ])('is not read into near misses: %s', (text) => {
    expect(reasonsFor(text)).not.toContain('legal_threat');
  });
});
