import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type BusinessProfile, composeDraft } from '@rebound/server/drafting/index';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { storedDeviceReply } from './device-helpers.ts';
import { judgedProfile } from './judged/profile.ts';

// What we will do after the reviewer's message is said plainly: not "I will make time within a day to go through it
// with you" (time made for what?) nor "I will trace the money for what you sent us". Drafted alone on stored reviews
// whose replies carried them; each still says when.

const local = readFileSync(
  path.resolve(import.meta.dirname, '../../../shared/data/reviews_local/negative.jsonl'),
  'utf8',
).split('\n');

function draft(
  profile: BusinessProfile,
  review: { author: string | null; text: string; rating: number; title: string | null },
) {
  return composeDraft(review, triageReview(review, { sectorGroup: sectorGroupOf(profile.sector) }), profile, {
    recent: [],
  }).text;
}
const storedLine = (line: number, profile: string): string => {
  const row = JSON.parse(local[line - 1] ?? '{}') as { text: string; rating: number };
  return draft(judgedProfile(profile), { author: null, text: row.text, rating: row.rating, title: null });
};
describe('the errand promised after a message', () => {
  const replies = [
    storedLine(46, 'medical'),
    storedLine(245, 'medical'),
    storedLine(258, 'restaurant'),
    storedLine(260, 'service'),
    storedLine(398, 'restaurant'),
    storedDeviceReply(2),
    storedDeviceReply(11),
    storedDeviceReply(177),
  ];

  it('says what will be done, not that time will be made or money traced', () => {
    for (const reply of replies) expect(reply).not.toMatch(/\bmake time\b|\btrace the money\b/);
  });

  it('still says when', () => {
    for (const reply of replies)
      expect(reply).toMatch(
        /\b(?:within|inside) (?:a |one |a single |one working |a working )?(?:day|twenty-four hours)\b/,
      );
  });
});
