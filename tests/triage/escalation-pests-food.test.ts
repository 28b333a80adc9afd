import { triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';

const escalated = (text: string) =>
  triageReview({ rating: 2, text }, { sectorGroup: 'food_hospitality' }).escalation.escalate;

describe('insects where food is served', () => {
  it.each([
    'The fries were cold and tasted of old oil. There were gnats.',
    'Nice room, but there were so many fruit flies in the kitchen.',
    'We found flies in our food twice.',
    'Ants were everywhere. We left.',
  ])('are held for the owner: %s', (text) => {
    expect(escalated(text)).toBe(true);
  });

  it.each([
    'There were flies outside on the patio, which is normal in summer.',
    'The service flies by and the food was cold.',
    'Nobody bugs you here, but the soup was cold.',
  ])('are not read into near misses: %s', (text) => {
    expect(escalated(text)).toBe(false);
  });
});
