import { composeDraft } from '@rebound/server/drafting/index';
import { readPraise } from '@rebound/server/drafting/thanks-praise';
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
const subjects = (text: string): string[] => readPraise(text).map((p) => p.subject);

describe('praise said in passing is not thanked as praise', () => {
  it.each([
    [
      'Great pool and plenty of racks. While the coaches are friendly, they change every month and nobody learns your name.',
      'the coaches',
    ],
    [
      'We came for the lemon tarts and left with a box of six. I keep going back for more (and the barista is super cute).',
      'the barista',
    ],
    [
      'It records for hours on one cell. Carry a spare, since a fresh battery should get you through a long day.',
      'the battery',
    ],
  ])('%s', (text, subject) => {
    expect(subjects(text)).not.toContain(subject);
  });

  it('never thanks a member of staff for their looks, but keeps what else was said of them', () => {
    expect(subjects('The hostess was cute.')).not.toContain('the hostess');
    expect(
      readPraise('Our stylist was friendly and gorgeous.').find((p) => p.subject === 'the stylist'),
    ).toMatchObject({ words: ['friendly'] });
  });

  it.each([
    ['Although it was busy, the soup was delicious.', 'the soup'],
    ['The food was great (the fries especially), and the staff were kind.', 'the staff'],
    ['The trainers are friendly and the classes are fun.', 'the trainers'],
  ])('near miss, still praise: %s', (text, subject) => {
    expect(subjects(text)).toContain(subject);
  });

  it('a gym review that grants the trainers only before faulting them does not thank the trainers', () => {
    const text =
      'Been a member for years and the equipment is always clean. While the trainers are nice, they never stay long and you are mostly on your own.';
    expect(replyTo('service', text)).not.toMatch(/trainers/i);
  });
});

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
