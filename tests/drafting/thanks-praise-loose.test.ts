import { type BusinessProfile, composeDraft } from '@rebound/server/drafting/index';
import { readPraise } from '@rebound/server/drafting/thanks-praise';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { loadProfile } from './sample-drafts.ts';

const replyTo = (profile: BusinessProfile, text: string, rating = 5): string => {
  const r = { author: null, rating, text, title: null };
  return composeDraft(r, triageReview(r, { sectorGroup: sectorGroupOf(profile.sector) }), profile, {
    recent: [],
  }).text;
};
const subjects = (text: string, people: readonly string[] = []): string[] =>
  readPraise(text, people).map((p) => p.subject);

const restaurant = loadProfile('restaurant');
const shop = loadProfile('shop');
const salon = loadProfile('salon');

describe('a thank-you names praise said in run-on sentences, lists and "I liked the…"', () => {
  it('reads praise in a sentence run on without stops', () => {
    const text = 'Came back for a third time the curry is absolutely delicious';
    expect(subjects(text)).toContain('the curry');
    expect(replyTo(restaurant, text)).toMatch(/\bcurry\b/);
  });

  it('reads praise in a list marked with plus signs', () => {
    const text =
      'Popped in on a whim for a quick lunch. +Portions were generous. +Prices fair for the area. Would return.';
    expect(subjects(text)).toContain('the portions');
  });

  it('reads "I liked the…" as praise', () => {
    const text =
      'Took my sister here for her birthday. I liked the carrot cake the most. We sat by the window for an hour.';
    expect(subjects(text)).toContain('the carrot cake');
    expect(replyTo(restaurant, text)).toMatch(/carrot cake/);
  });

  it('reads a thing loved before a dash', () => {
    const text =
      'Not what I expected from a thrift shop at all. I love the records - so many old jazz albums.';
    expect(subjects(text)).toContain('the records');
  });

  it('does not take "never fails" for a negation', () => {
    expect(subjects('This place never fails the pho is absolutely delicious')).toContain('the pho');
  });

  it('near miss: praise that is negated, wished for or liked by someone else is still not read', () => {
    expect(subjects('Stopped by after work and no one would say the soup was great')).toEqual([]);
    expect(subjects('Stopped by after work I wish the soup was great')).toEqual([]);
    expect(subjects('My husband said he would like the soup but it was gone.')).toEqual([]);
  });

  it('near miss: a careful reading that found praise is not read loosely as well', () => {
    // "the lassi" is read carefully; the run-on "the curry is absolutely delicious" before it is left alone.
    expect(
      subjects('Came back for a third time the curry is absolutely delicious the lassi was awesome'),
    ).toEqual(['the lassi']);
  });
});

describe('praise taken back with a named downside is not thanked for', () => {
  it('does not thank for a thing the reviewer went on to call a downfall', () => {
    const text =
      'Loved the little boutique and the owner is a sweetheart. The dresses are cute but with one big downside: they run really small. Still, a fun stop.';
    expect(subjects(text)).not.toContain('the dresses');
    expect(replyTo(shop, text, 4)).not.toMatch(/the dresses (?:hit|stood|were cute)|cute the dresses/i);
  });

  it('near miss: "but" that adds nothing against the thing keeps the praise', () => {
    expect(subjects('The dresses are cute but the fitting room is tiny.')).toContain('the dresses');
  });
});

describe('a person named by their trade is thanked as one of the team, not as a thing', () => {
  it('reads "the best waxer" as staff', () => {
    const praise = readPraise('Mia is the best waxer I have ever been to, gentle and quick.', ['Mia']);
    expect(praise.find((p) => p.subject === 'the waxer')?.staff).toBe(true);
    expect(replyTo(salon, 'Mia is the best waxer I have ever been to, gentle and quick.')).not.toMatch(
      /the waxer (?:hit the mark|stood out)/,
    );
  });

  it('near miss: a tool of the trade stays a thing', () => {
    const praise = readPraise('The new hair dryer is amazing, so quiet.');
    expect(praise.find((p) => p.subject.endsWith('dryer'))?.staff ?? false).toBe(false);
  });
});
