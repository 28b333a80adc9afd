import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type BusinessProfile, businessProfileSchema, composeDraft } from '@rebound/server/drafting/index';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';

// A holding reply to doors that would not lock, or to pests, tells the one precaution the owner takes at once (the
// locks checked, the room taken out of use, the kitchen inspected), in words that admit nothing about what happened;
// a theft, or a business with no rooms or doors of the reviewer's, gets none.

const profileOf = (kind: string): BusinessProfile =>
  businessProfileSchema.parse(
    JSON.parse(readFileSync(path.join(import.meta.dirname, 'judged', 'profiles', `${kind}.json`), 'utf8')),
  );

function read(kind: string, text: string) {
  const profile = profileOf(kind);
  const review = { author: null, rating: 1, text };
  const triage = triageReview(review, { sectorGroup: sectorGroupOf(profile.sector) });
  return {
    escalated: triage.escalation.escalate,
    reply: composeDraft(review, triage, profile, { recent: [] }).text,
  };
}

const LOCKS =
  'The door to our room would not lock, and anyone could walk in from the car park. The desk did nothing.';

describe('a precaution in the holding reply', () => {
  it('has the locks checked for a hotel guest and a tenant', () => {
    for (const kind of ['hotel', 'apartments']) {
      const { escalated, reply } = read(kind, LOCKS);
      expect(escalated).toBe(true);
      expect(reply).toMatch(/\b(?:doors? and locks? checked today|every door and lock checked)\b/);
    }
  });

  it('takes a room with pests out of use, and has a restaurant kitchen inspected', () => {
    expect(read('hotel', 'We found bed bugs in the bed on the second night.').reply).toMatch(
      /\broom you stayed in taken out of use and inspected\b/,
    );
    expect(read('restaurant', 'There was a cockroach crawling on our table.').reply).toMatch(
      /\bkitchen and dining room inspected\b/,
    );
  });

  it('is left out for a theft, a regulated practice and a shop', () => {
    const quiet = [
      read('hotel', 'Someone stole my laptop from our room while we were at dinner.'),
      read('medical', 'There were cockroaches in the waiting room.'),
      read('shop', LOCKS),
    ];
    for (const { escalated, reply } of quiet) {
      expect(escalated).toBe(true);
      expect(reply).not.toMatch(
        /\bI will (?:also )?have (?:the|every)\b|\bchecked today\b|\binspected today\b/,
      );
    }
  });

  it('never admits what happened', () => {
    for (const kind of ['hotel', 'apartments'])
      expect(read(kind, LOCKS).reply).not.toMatch(/\b(?:our fault|we failed|on us|should have)\b/i);
  });
});
