import { composeDraft } from '@rebound/server/drafting/index';
import { readQuibble } from '@rebound/server/drafting/read-quibble';
import { readPraise } from '@rebound/server/drafting/thanks-praise';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { loadMultiDomain } from '../triage/load-sentiment-data.ts';
import { judgedProfile } from './judged/profile.ts';

// A 4-star phone review that lists what it likes, then "there is something about this phone system that I don't like.
// --The cordless handset has a pretty limited range. I had to locate the base unit in a central location in my house":
// the reservation is the short range, and "a central location in my house" is where the reviewer put the base, not
// praise of where the shop stands.
const phone = loadMultiDomain('electronics_positive.review').find((r) =>
  /something about this phone system that I don't like/.test(r.text),
);

describe('a feature that falls short, in a mostly happy review', () => {
  it('is read by its shortfall, not by the part that has it', () => {
    expect(
      readQuibble('Great phone. My only gripe is the cordless handset has a pretty limited range.', null),
    ).toMatchObject({ found: true, noun: 'the limited range' });
    expect(readQuibble('Nice player. The one downside is it has a short battery life.', null)).toMatchObject({
      found: true,
      noun: 'the short battery life',
    });
  });

  it('is read in the sentence after "there is something I don\'t like"', () => {
    expect(
      readQuibble(
        "Works well. However, there is something about this phone that I don't like. The cordless handset has a pretty limited range.",
        null,
      ),
    ).toMatchObject({ found: true, noun: 'the limited range' });
  });

  it('is no quibble where the feature is praised or no cue is given (near miss)', () => {
    expect(readQuibble('Great phone with a long cord. Works well.', null)).toEqual({ found: false });
    expect(
      readQuibble("There is nothing about this phone that I don't like. The range is great.", null).found,
    ).toBe(false);
  });

  it('answers the range in the note on the real review, and never thanks it for the location', () => {
    expect(phone).toBeDefined();
    if (!phone) return;
    expect(readPraise(phone.text).map((p) => p.subject)).not.toContain('the location');
    const profile = judgedProfile('electronics-store');
    const review = { author: null, rating: phone.rating, text: phone.text, title: phone.title };
    const triage = triageReview(review, { sectorGroup: sectorGroupOf(profile.sector) });
    const note = composeDraft({ ...review, itemName: phone.productName }, triage, profile, {
      recent: [],
    }).text;
    expect(note).toMatch(/\blimited range\b/);
    expect(note).not.toMatch(/\blocation\b/);
  });

  it('still reads a central location as praise of where a business stands (near miss)', () => {
    const subjects = (t: string) => readPraise(t).map((p) => p.subject);
    expect(subjects('Great hotel in a central location in the old town. Clean rooms.')).toContain(
      'the location',
    );
    expect(subjects('The shop is centrally located and the staff are friendly.')).toContain('the location');
  });
});
