import { type BusinessProfile, composeDraft } from '@rebound/server/drafting/index';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { judgedProfile } from './judged/profile.ts';

// A reply's sentences join the way a person writes them: no stock "I can only apologise", no verdict of "not good
// enough" passed on a person, no "When you do, …" leaning on an order given just before, no "in touch" said twice,
// no "about it" pointing at nothing, no "Should you miss me, … ring".

const restaurant = judgedProfile('restaurant');
const hotel = judgedProfile('hotel');
const electronics = judgedProfile('electronics-store');
const garage = judgedProfile('auto');
const salon = judgedProfile('salon');

/** Every wording of one review's reply the composer can give, one a variant. */
function variants(
  profile: BusinessProfile,
  text: string,
  count = 40,
  recent: readonly string[] = [],
): string[] {
  const r = { author: null, rating: 1, text, title: null };
  const triage = triageReview(r, { sectorGroup: sectorGroupOf(profile.sector) });
  return Array.from(
    { length: count },
    (_, variant) => composeDraft(r, triage, profile, { variant, recent }).text,
  );
}

const cases: ReadonlyArray<readonly [BusinessProfile, string]> = [
  [restaurant, 'The rice was burnt on the bottom and the chicken was dry. We left most of it.'],
  [restaurant, 'Waited almost an hour for two burgers on a quiet Tuesday. Nobody told us why.'],
  [restaurant, 'The noodles came out barely warm and the broth had no taste at all.'],
  [hotel, 'The shower drain was blocked for our whole stay and the towels smelled musty.'],
  [hotel, 'Nobody at reception helped when the people next door were shouting until 3am.'],
  [electronics, 'The charger stopped working after a week. Very cheap feeling plastic too.'],
  [electronics, 'The remote would not pair with my television no matter what I tried.'],
  [electronics, 'Sound cuts out every few minutes over bluetooth, which makes it useless for calls.'],
  [garage, 'They kept my car four days for a simple brake job and never once called me.'],
];
const replies = cases.flatMap(([profile, text]) => variants(profile, text));

describe('the apology', () => {
  it('never opens on the stock "I can only apologise"', () => {
    for (const reply of replies) expect(reply, reply).not.toMatch(/\bcan only apologi[sz]e\b/);
  });
});

describe('"It is not good enough that …"', () => {
  const person = [
    ...variants(hotel, 'The owner treated us so badly when we asked about the charge on our card.', 60),
    ...variants(restaurant, 'The waitress ignored our table for half an hour and then rolled her eyes.', 60),
    ...variants(garage, 'The mechanic talked down to me the whole time I was there.', 60),
  ];
  it('is never said of what a person did', () => {
    for (const reply of person)
      expect(reply, reply).not.toMatch(
        /\bnot good enough that (?:the|our|your) (?:owner|waitress|waiter|mechanic|manager|staff)\b/,
      );
  });

  it('is never said of a feeling or of words that already judge', () => {
    // Replies of the page already told each grievance in its first words, so the next one takes another wording.
    const told = (profile: BusinessProfile, lines: readonly string[]): string[] =>
      lines.map((line) => `${line} Call me on ${profile.contactPhone}.\n\n— ${profile.contactName}`);
    const judged = [
      ...variants(
        salon,
        'Way too expensive for a ten minute trim with no wash.',
        80,
        told(salon, [
          'I am sorry it did not feel worth what you paid.',
          'I am sorry it did not feel like good value for the price.',
        ]),
      ),
      ...variants(
        restaurant,
        'The chicken was overcooked and the rice was burnt.',
        80,
        told(restaurant, [
          'I am sorry the food was not cooked properly.',
          'I am sorry the cooking was not right.',
        ]),
      ),
      ...variants(
        restaurant,
        'The pasta was bland and the bread was stale.',
        80,
        told(restaurant, ['I am sorry the food was such a letdown.', 'I am sorry the food fell so short.']),
      ),
    ];
    for (const reply of judged)
      expect(reply, reply).not.toMatch(
        /\bnot good enough that [^.]*\b(?:felt|kitchen|should have been|fell so short)\b/,
      );
  });

  it('is still said of a thing that went wrong', () => {
    const things = variants(
      electronics,
      'So many of the discs failed to burn that I gave up on the pack.',
      80,
    );
    expect(things.some((reply) => /^It is not good enough that so many of the discs\b/m.test(reply))).toBe(
      true,
    );
  });
});

describe('what follows the invitation', () => {
  // A page of replies to one review, each written after the ones before it, as a page is.
  const page = (profile: BusinessProfile, text: string): string[] => {
    const written: string[] = [];
    for (const variant of Array.from({ length: 40 }, (_, i) => i)) {
      const r = { author: null, rating: 1, text, title: null };
      const triage = triageReview(r, { sectorGroup: sectorGroupOf(profile.sector) });
      written.push(composeDraft(r, triage, profile, { variant, recent: written.slice(-8) }).text);
    }
    return written;
  };
  const paged = [
    ...page(salon, 'They kept stopping my nails to work on other customers and the work was sloppy.'),
    ...page(electronics, 'The radio stopped working after two days.'),
    ...page(restaurant, 'The soup never came and the service was so slow we gave up.'),
  ];
  // The sentence before an opening and the opening's own sentence.
  const after = (opening: string) =>
    [...replies, ...paged].flatMap((reply) =>
      [
        ...reply.matchAll(
          new RegExp(`([^.]*\\.(?: [^.]*@[^ ]+\\.| [^.]*\\d{4}\\.)?) (${opening}[^.]*\\.)`, 'g'),
        ),
      ].map((m) => ({ invite: m[1] ?? '', act: m[2] ?? '' })),
    );

  it('tells of a call had after an invitation to call, and of a message after one to write', () => {
    const spoken = after('Once we have spoken');
    const message = after('Once (?:I|we) have your message');
    expect(spoken.length).toBeGreaterThan(0);
    expect(message.length).toBeGreaterThan(0);
    for (const { invite, act } of spoken) {
      expect(invite, `${invite} ${act}`).not.toMatch(/@/);
      // A call already had is not followed by a promise to reply or to talk.
      expect(act).not.toMatch(/\b(?:get back to you|reply|talk|speak|call)\b/);
    }
    for (const { invite, act } of message) expect(invite, `${invite} ${act}`).not.toMatch(/\(\d{3}\)/);
  });

  it('never leans on it with "When you do" or "If you do"', () => {
    for (const reply of replies) expect(reply, reply).not.toMatch(/(?:^|[.!?] )(?:When|If) you do, /);
  });

  it('never opens "The day you get in touch" on an act with a span of its own', () => {
    for (const reply of replies)
      expect(reply, reply).not.toMatch(/\bThe day you get in touch, [^.]*\b(?:within|inside)\b/);
  });

  it('never promises a talk within a day to someone already talking', () => {
    for (const reply of replies)
      expect(reply, reply).not.toMatch(/\bwe can talk it through (?:within|inside)\b/);
  });

  it('still tells what follows their message in a sentence of its own', () => {
    expect(
      replies.some((reply) =>
        /[.!?] (?:Once I hear from you|Once you have been in touch|As soon as I hear from you), /.test(reply),
      ),
    ).toBe(true);
  });
});

describe('"in touch"', () => {
  it('is said at most once in a reply', () => {
    for (const reply of replies)
      expect((reply.match(/\bin touch\b/g) ?? []).length, reply).toBeLessThanOrEqual(1);
  });

  it('is still said in some replies', () => {
    expect(replies.some((reply) => /\bin touch\b/.test(reply))).toBe(true);
  });
});

describe('words that point at nothing', () => {
  it('no "about it" closes an offer or a wish to talk', () => {
    for (const reply of replies)
      expect(reply, reply).not.toMatch(/\b(?:what I can do|a word with you) about it\b/);
  });
});

/** The wordings of a reply that follows one giving both ways of contact, so this one gives the phone alone. */
function afterBoth(profile: BusinessProfile, text: string, count = 40): string[] {
  const recent = [
    `I am sorry the lamb was tough. Call me on ${profile.contactPhone} or email ${profile.contactEmail}.\n\n— ${profile.contactName}`,
  ];
  const r = { author: null, rating: 1, text, title: null };
  const triage = triageReview(r, { sectorGroup: sectorGroupOf(profile.sector) });
  return Array.from(
    { length: count },
    (_, variant) => composeDraft(r, triage, profile, { variant, recent }).text,
  );
}

describe('a phone number given alone', () => {
  const calls = [
    ...afterBoth(restaurant, 'Our server was short with us all night and acted like we were a bother.'),
    ...afterBoth(hotel, 'The night porter was rude when we asked for an extra blanket at midnight.'),
  ];

  it('is never asked for as "Should you miss me, … ring" or "If the line is busy"', () => {
    for (const reply of calls)
      expect(reply, reply).not.toMatch(/\bShould you miss me\b|\bIf the line is busy\b/);
  });

  it('still says when a missed call is returned', () => {
    expect(calls.some((reply) => /\b(?:ring|call) you back (?:within|inside)\b/.test(reply))).toBe(true);
  });
});

describe('a subject told without its fault', () => {
  it('agrees with a plural subject: "the noodles did not go as they should"', () => {
    const noodles = afterBoth(
      restaurant,
      'The noodles came out barely warm and the broth had no taste at all. Such a disappointing evening out.',
    );
    for (const reply of noodles) expect(reply, reply).not.toMatch(/\bnoodles did not go as it should\b/);
    expect(noodles.some((reply) => /\bnoodles did not go as they should\b/.test(reply))).toBe(true);
  });
});
