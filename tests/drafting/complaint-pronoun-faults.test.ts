import { type BusinessProfile, composeDraft } from '@rebound/server/drafting/index';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { readAspects } from '@rebound/server/triage/situation/aspects';
import { findComplaints } from '@rebound/server/triage/situation/describe-complaint';
import { splitSentences } from '@rebound/server/triage/situation/sentences';
import { describe, expect, it } from 'vitest';
import { loadProfile } from './sample-drafts.ts';

const complaints = (text: string): string[] =>
  findComplaints(splitSentences(text), () => 0, []).map((c) => `${c.subject} ${c.problem}`);

const draft = (profile: BusinessProfile, text: string): string => {
  const r = { author: 'Sam K.', rating: 2, text, title: null };
  const reply = composeDraft(
    r,
    triageReview(r, { sectorGroup: sectorGroupOf(profile.sector) }),
    profile,
  ).text;
  return reply.slice(0, reply.lastIndexOf('\n— '));
};

describe('a fault told through a pronoun is read back to the thing named before', () => {
  it('reads "they" to the dish named in the sentence before, by its head where it is told several ways', () => {
    expect(complaints('We ordered the spring rolls. They were soggy.')).toEqual([
      'the spring rolls were soggy',
    ]);
    expect(
      complaints('I swapped rice noodles for the usual egg noodles. When I got them they were lukewarm.'),
    ).toEqual(['the noodles were lukewarm']);
  });

  it('reads "it" to the thing named earlier in the same sentence', () => {
    expect(complaints("That's not to say the food was bad, but it was very basic.")).toEqual([
      'the food was very basic',
    ]);
  });

  it('names nothing where "they" could stand for more than one thing or for nothing named', () => {
    expect(complaints('I ordered the steak and the fries. They were cold.')).toEqual([]);
    expect(complaints('We came at noon. They were slow.')).toEqual([]);
    expect(complaints('I ordered the wings. The fries came too. They were cold.')).toEqual([]);
  });

  it('leaves praise alone', () => {
    expect(complaints('We ordered the dumplings. They were warm and fresh.')).toEqual([]);
    expect(complaints('The staff brought a cake for my birthday, it was so sweet of them.')).toEqual([]);
    expect(complaints('Our waitress was so sweet.')).toEqual([]);
  });
});

describe('plain fault words about food and things', () => {
  it('takes freezer burn, a dish too sweet and a basic meal as faults', () => {
    expect(complaints('The squid tasted slightly freezer burned.')).toEqual([
      'the squid tasted slightly freezer burned',
    ]);
    expect(complaints('The sauce was too sweet.')).toEqual(['the sauce was too sweet']);
    expect(complaints('The breakfast was very basic.')).toEqual(['the breakfast was very basic']);
    expect(complaints('The room was basic but clean.')).toEqual([]);
  });

  it('reads "too sweet" of a dish as a fault, while a sweet person or a sweet cake is praise', () => {
    expect(readAspects('The sauce was too sweet.').map((a) => a.polarity)).toEqual(['negative']);
    expect(readAspects('Our waitress was so sweet.').map((a) => a.polarity)).toEqual(['positive']);
    expect(readAspects('The cake was sweet and moist.').map((a) => a.polarity)).toEqual(['positive']);
  });
});

describe('a compound noun is kept whole', () => {
  it.each([
    ['The air conditioning was broken.', 'the air conditioning was broken'],
    ['The wifi speed was slow all weekend.', 'the wifi speed was slow'],
    ['The sofa bed was broken.', 'the sofa bed was broken'],
    ['The ice machine was broken.', 'the ice machine was broken'],
  ])('%s', (text, said) => {
    expect(complaints(text)).toEqual([said]);
  });

  it('still stops at a word that tells what was done to the thing', () => {
    expect(complaints('The food delivered was cold.')).toEqual(['the food was cold']);
  });
});

describe('replies name the fault told plainly', () => {
  it('apologises for lukewarm noodles told through "they"', () => {
    const reply = draft(
      loadProfile('restaurant'),
      'I tried the lunch special. I asked to swap rice noodles for the usual egg noodles, which was fine. When I got them they were lukewarm. Not coming back.',
    );
    expect(reply).toMatch(/the noodles were lukewarm/);
  });

  it('names the broken air conditioning whole', () => {
    const reply = draft(
      loadProfile('hotel'),
      'We stayed two nights. The air conditioning was broken the whole time.',
    );
    expect(reply).toMatch(/the air conditioning/);
    expect(reply).not.toMatch(/the air (?!conditioning)/);
  });
});

describe('a pronoun is read back to the sentence before only where its own sentence names nothing first', () => {
  it('keeps the general reading when the sentence opens on a bare noun of its own', () => {
    expect(complaints('We booked the hotel room. Fridge was unplugged, and it was dirty.')).toEqual([
      'null was dirty',
    ]);
    expect(complaints('I walked into this hotel room - Fridge was unplugged, and it was dirty.')).toEqual([
      'null was dirty',
    ]);
  });
});
