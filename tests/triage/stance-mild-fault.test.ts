import { readStance } from '@rebound/server/triage/situation/stance';
import { describe, expect, it } from 'vitest';

const glowing = { positive: 4, negative: 0, positiveSentences: 2, negativeSentences: 0 };

describe('a 4–5 star review with a fault told mildly', () => {
  it.each([
    'Cheap keyboard that does the job. I do not think it is that comfortable to type on, though.',
    'Great picture on cable, but the older channels are only so-so.',
    'Love my new player. The buttons take some getting used to.',
    'Very good mouse for a sore wrist. It is a little hard getting used to after a normal one.',
  ])('%s is happy with a quibble', (text) => {
    expect(readStance(4, glowing, 'positive', text)).toBe('happy_with_quibble');
  });

  it.each([
    'Cheap keyboard that does the job. I do not think it could be easier to set up.',
    'Great picture and the sound is not that bad either.',
    'Love my new player. The buttons are easy to use from day one.',
  ])('%s stays happy', (text) => {
    expect(readStance(4, glowing, 'positive', text)).toBe('happy');
  });
});
