import { composeDraft } from '@rebound/server/drafting/index';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { judgedProfile } from './judged/profile.ts';

// A holding reply to doors that would not lock, or to pests, tells the one precaution the owner takes at once (the
// locks checked, the room taken out of use, the kitchen inspected), in words that admit nothing about what happened;
// a theft, or a business with no rooms or doors of the reviewer's, gets none.

const profileOf = judgedProfile;

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
      expect(reply).toMatch(/\b(?:doors? and locks? checked today|every door and lock checked today)\b/);
    }
  });

  it("has a hotel's rooms checked and the guest's kept empty once known, and a restaurant kitchen inspected", () => {
    expect(read('hotel', 'We found bed bugs in the bed on the second night.').reply).toMatch(
      /\b(?:our rooms inspected today|[Oo]ur rooms are being checked today)\b[^.]*\b(?:stay|kept) empty until it is cleared\b/,
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
        /\bI will (?:also )?have (?:the|every)\b|\bchecked today\b|\binspected today\b|\btaken out of use\b/,
      );
    }
  });

  it('has the dates checked where out-of-date food is on sale, and a salon go over its cleaning', () => {
    const stale =
      'I looked at the frozen section and found fish with a sell by date of 02/2010. Other fish had no dates at all.';
    expect(read('shop', stale)).toEqual({
      escalated: true,
      reply: expect.stringMatching(
        /\bdates checked on everything we have out for sale\b|\bEvery date on our shelves\b/,
      ),
    });
    expect(read('restaurant', stale).reply).toMatch(
      /\bdates checked on everything in our kitchen\b|\bEvery date in our kitchen\b/,
    );
    const baths =
      'The foot baths were not cleaned properly. They seated a woman at a used station and only rinsed the dirty bowl.';
    expect(read('spa', baths)).toEqual({
      escalated: true,
      reply: expect.stringMatching(/\bhow every tool and basin is cleaned\b|\bour cleaning routine\b/),
    });
  });

  it('leaves the cleaning alone where the salon was told of an unwell member of staff, and a hotel out of the dates', () => {
    const { escalated, reply } = read(
      'salon',
      'The stylist was coughing and sneezing all over me the whole time.',
    );
    expect(escalated).toBe(true);
    expect(reply).not.toMatch(/\bcleaning routine\b|\bis cleaned\b/);
    expect(read('hotel', 'The breakfast yoghurt had a sell by date of last March.').reply).not.toMatch(
      /\bdates? (?:checked|on|in)\b/,
    );
  });

  it('never says "also" of a precaution, however a page of them runs', () => {
    // The precaution may follow a concern that promises nothing, so "also" would point at no other step.
    const page = (kind: string, texts: string[]): string[] => {
      const profile = profileOf(kind);
      const recent: string[] = [];
      for (const text of texts) {
        const review = { author: null, rating: 1, text };
        const triage = triageReview(review, { sectorGroup: sectorGroupOf(profile.sector) });
        recent.unshift(composeDraft(review, triage, profile, { recent }).text);
      }
      return recent;
    };
    const locks = page('hotel', [
      LOCKS,
      'The lock on our door was broken and the front desk shrugged it off.',
      'Our door would not lock at night and we felt unsafe the whole stay.',
    ]);
    const pests = page('hotel', [
      'We found bed bugs in the bed on the second night.',
      'There were bed bugs in our room and bites all over my arms by morning.',
      'Cockroaches ran across the bathroom floor every night of our stay.',
    ]);
    // A check told once is not told again in the next few replies, so each wording is also read in replies of its own.
    const wordings = (kind: string, text: string): string[] => {
      const profile = profileOf(kind);
      const review = { author: null, rating: 1, text };
      const triage = triageReview(review, { sectorGroup: sectorGroupOf(profile.sector) });
      return Array.from(
        { length: 8 },
        (_, variant) => composeDraft(review, triage, profile, { variant }).text,
      );
    };
    const lockWordings = wordings('hotel', LOCKS);
    const pestWordings = wordings('hotel', 'We found bed bugs in the bed on the second night.');
    for (const reply of [...locks, ...pests, ...lockWordings, ...pestWordings])
      expect(reply).not.toMatch(/\balso have\b/);
    expect(lockWordings.some((r) => r.includes('I am having every door and lock checked today.'))).toBe(true);
    expect(pestWordings.some((r) => r.includes('Our rooms are being checked today;'))).toBe(true);
  });

  it('never admits what happened', () => {
    for (const kind of ['hotel', 'apartments'])
      expect(read(kind, LOCKS).reply).not.toMatch(/\b(?:our fault|we failed|on us|should have)\b/i);
  });
});
