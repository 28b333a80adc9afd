import { readQuibble } from '@rebound/server/drafting/read-quibble';
import { describe, expect, it } from 'vitest';

// "I listen to classical music and the hiss bothers me": a happy reviewer's reservation said as what bothers them,
// with no cue word, is the point a four-star note answers.

describe('the thing that bothers a happy reviewer', () => {
  it('is their quibble, named as they named it', () => {
    const read = readQuibble(
      'It works with the latest iPod. I do notice a slight hiss from the speakers. I listen to classical music and the hiss bothers me.',
      null,
    );
    expect(read).toMatchObject({ found: true, noun: 'the hiss' });
    expect(readQuibble('Great little speaker. The hum really bothers me though.', null)).toMatchObject({
      noun: 'the hum',
    });
  });

  it('is no quibble when nothing bothers them (near miss)', () => {
    expect(readQuibble('Nothing about it bothers me. Great sound for the money.', null).found).toBe(false);
  });
});
