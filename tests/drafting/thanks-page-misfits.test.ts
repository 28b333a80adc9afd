import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type BusinessProfile, businessProfileSchema, composeDraft } from '@rebound/server/drafting/index';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { loadProfile } from './sample-drafts.ts';

// Lines that do not fit the review they answer: a gym member told to keep up the great work, a wholly happy
// patient told their feedback is noted.

function draftPage(profile: BusinessProfile, texts: readonly string[]): string[] {
  const recent: string[] = [];
  for (const text of texts) {
    const r = { author: null, rating: 5, text, title: null };
    const triage = triageReview(r, { sectorGroup: sectorGroupOf(profile.sector) });
    recent.push(composeDraft(r, triage, profile, { recent }).text);
  }
  return recent;
}

describe('a thank-you page says nothing that does not fit the review', () => {
  it('never tells a gym member to keep up the great work', () => {
    const gym = businessProfileSchema.parse(
      JSON.parse(readFileSync(path.join(import.meta.dirname, 'judged/profiles/gym.json'), 'utf8')),
    );
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
