import { describe, expect, it } from 'vitest';
import { draftPage } from './happy-drafts.ts';
import { judged } from './remedy-helpers.ts';
import { loadProfile } from './sample-drafts.ts';

// Lines that do not fit the review they answer: a gym member told to keep up the great work, a wholly happy
// patient told their feedback is noted.

describe('a thank-you page says nothing that does not fit the review', () => {
  it('never tells a gym member to keep up the great work', () => {
    const gym = judged('gym');
    const page = draftPage(gym, [
      'The classes are great fun and the instructors push you just enough.',
      'Clean changing rooms and plenty of machines, never a queue.',
      'The spin class on Tuesday is the best in town.',
      'Friendly trainers who remember your name.',
      'Great yoga teachers and a calm studio.',
      'The pool is always clean and the staff are kind.',
      'Love the early classes before work.',
      'Good range of weights and a friendly front desk.',
    ]);
    for (const text of page) expect(text).not.toMatch(/keep up the (?:great|good) work/i);
  });

  it('answers pure praise at a practice without a word of taking feedback on board', () => {
    const text =
      'Dr. Ellery was kind and explained every step. The bill was far lower than the other clinics quoted, and I was offered a payment plan but ended up not needing it. The staff were friendly and the rooms spotless.';
    const [reply] = draftPage(loadProfile('medical'), [text]);
    expect(reply).not.toMatch(/on board|noted|feedback|candid|frank/i);
  });
});
