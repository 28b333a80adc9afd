import { describe, expect, it } from 'vitest';
import { readSituation } from '../../server/src/triage/index.ts';

const actions = (text: string) =>
  readSituation({ rating: 2, text }, { sectorGroup: 'food_hospitality' }).priorActions;

describe('food the reviewer was too hungry, or did not bother, to send back', () => {
  it.each([
    'The eggs were cold, but everyone at the table was too hungry to send the food back.',
    'My steak was tough and grey. I did not even bother to send the plate back.',
  ])('is not read as sent back: %s', (text) => {
    expect(actions(text)).not.toContain('returned');
    expect(actions(text)).not.toContain('sent_back');
  });

  it('still reads food that was sent back (near miss)', () => {
    const found = actions('The eggs were cold, so we sent the food back and waited again.');
    expect(found.some((a) => a === 'returned' || a === 'sent_back')).toBe(true);
  });
});
