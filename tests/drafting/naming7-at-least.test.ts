import { nameComplaints } from '@rebound/server/drafting/name-complaint';
import { describe, expect, it } from 'vitest';

const topics = (text: string): string[] =>
  nameComplaints(text, 'food_hospitality').map((n) => n.topic ?? n.clause);

describe('"at least" before a number', () => {
  it('counts a dining room said to be at least 80 degrees as too warm', () => {
    const text =
      'To begin with, the temperature inside was at least 80 degrees, though it was cool out. The chicken arrived ' +
      'with half-frozen carrots on the side.';
    expect(topics(text)).toContain('room-temperature');
  });

  it('still leaves out a fault the reviewer takes as a consolation', () => {
    const text =
      'The chicken arrived with half-frozen carrots on the side. At least the temperature was not hot.';
    expect(topics(text)).not.toContain('room-temperature');
  });
});
