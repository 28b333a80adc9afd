import { readStance } from '@rebound/server/triage/situation/stance';
import { describe, expect, it } from 'vitest';

// A low-star review whose writer found the fault was their own and closes content with the goods takes its complaint
// back: the stars were left from before they found it. A fault blamed on the goods' own parts, or one told after the
// verdict, keeps the stars' reading.
const sour = { positive: 1, negative: 3, positiveSentences: 1, negativeSentences: 3 };

describe('a fault the reviewer found was their own', () => {
  it.each([
    'Since I first wrote this review I discovered that the fault was not with the scanner but with my computer. After formatting my computer I was able to install the scanner without any problems. It works well and I like it very much.',
    'I gave this one star because it would not connect. It turned out to be my router, which needed a firmware update. It works great and I love it.',
  ])('is read as happy: %s', (text) => {
    expect(readStance(1, sour, 'negative', text)).toBe('happy_with_quibble');
  });

  it.each([
    'The problem was with the cable they sent, not my computer. It works well with another cable, but I should not have had to buy one.',
    'It was my fault for not reading the manual first. It works well now, but the remote broke after a week and support would not help.',
    'The fault was not with my computer but with the scanner. I like it less every day.',
  ])('keeps the stars’ reading: %s', (text) => {
    expect(readStance(1, sour, 'negative', text)).toBe('unhappy');
  });
});
