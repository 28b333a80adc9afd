import { describe, expect, it } from 'vitest';
import { replyTo, praisedSubjects as subjects } from './happy-drafts.ts';

// "It scrolls smooth", "runs quiet": a verb of how the goods run, told with a bare adjective, is not a thing praised
// ("Your praise for the scrolls").

describe('a verb told with how it goes', () => {
  it.each([
    'It is very reliable, accurate, scrolls smooth, and is precise on every surface.',
    'Scrolls smooth, clicks crisp, and tracks well on glass.',
    'The fan runs quiet and the unit charges fast.',
  ])('names no "scrolls", "clicks" or "runs": %s', (text) => {
    for (const s of subjects(text)) expect(s).not.toMatch(/\b(?:scrolls|clicks|tracks|runs|charges)$/);
  });

  it.each([
    ['The scrolls were delicious and the coffee strong.', 'the scrolls'],
    ['Seats comfy, drinks cold, music loud.', 'the seats'],
    ['The steak cuts were tender and the sauce rich.', 'the steak cuts'],
  ])('keeps the same word used as a noun (near miss): %s', (text, subject) => {
    expect(subjects(text)).toContain(subject);
  });

  it('thanks a mouse review without "the scrolls"', () => {
    const reply = replyTo(
      'electronics',
      'This mouse was a good buy. It is very reliable, accurate, scrolls smooth, and is responsive on every surface. Light and comfortable too.',
      5,
      'Excellent mouse',
    );
    expect(reply).not.toMatch(/\bthe scrolls\b/i);
  });
});
