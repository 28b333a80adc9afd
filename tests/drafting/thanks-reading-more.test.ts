import { composeDraft } from '@rebound/server/drafting/index';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { findPeople } from '@rebound/server/triage/situation/praise';
import { describe, expect, it } from 'vitest';
import { loadProfile } from './sample-drafts.ts';

const replyTo = (kind: string, text: string, rating = 5, title: string | null = null): string => {
  const profile = loadProfile(kind);
  const r = { author: null, rating, text, title };
  return composeDraft(r, triageReview(r, { sectorGroup: sectorGroupOf(profile.sector) }), profile, {
    recent: [],
  }).text;
};

describe('the people a reviewer names are thanked by name', () => {
  it.each([
    ['Colleen is the NICEST receptionist!', 'Colleen'],
    ['Maria at the front desk is always so friendly.', 'Maria'],
    ['If you want nail art, request Annie!!', 'Annie'],
  ])('finds %s', (text, name) => {
    expect(findPeople(text)).toContain(name);
  });

  it.each([
    ['Coffee at the counter was great.'],
    ['You can request Express shipping.'],
    ['Rose at the front desk was lovely and kind.'],
  ])('near miss, no person: %s', (text) => {
    expect(findPeople(text)).toEqual([]);
  });

  it('a practice thanks its own doctor and receptionist by name', () => {
    const reply = replyTo(
      'medical',
      'Dr. Patel has looked after my family for years and is so patient. Colleen is the NICEST receptionist!',
    );
    expect(reply).toMatch(/Dr\. Patel/);
    expect(reply).toMatch(/Colleen/);
  });

  it('a name praised beside "have not shied away" is thanked, not answered as a complaint', () => {
    const reply = replyTo(
      'salon',
      'Love this place. They have not shied away from tricky designs (if you want nail art, request Annie!!). Always relaxed here.',
    );
    expect(reply).toMatch(/Annie/);
    expect(reply).not.toMatch(/honest about Annie|talk it over|have a word/i);
  });
});
