import { describe, expect, it } from 'vitest';
import { named } from './device-helpers.ts';

describe('a phone that sends echo or feedback down the line is named as such', () => {
  it('names feedback the people called complain of', () => {
    expect(named('The people I ring keep complaining about feedback on the speakerphone.')).toContain(
      'there was so much feedback on your calls',
    );
  });

  it('names an echo callers hear of themselves', () => {
    expect(named('Worse still, callers hear an echo of their own voice the whole time.')).toContain(
      'there was so much echo on your calls',
    );
  });

  it.each([
    'Full duplex speakerphone with no echo on calls, but the cord snapped.',
    'I got good feedback from callers about the speakerphone, though the buttons stick.',
    'The echo in the hall made the movie hard to follow.',
  ])('names no echo on calls for %s', (text) => {
    expect(named(text).some((c) => /on your calls/.test(c))).toBe(false);
  });
});
