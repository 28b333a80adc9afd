import { type BusinessProfile, composeDraft } from '@rebound/server/drafting/index';
import { asksBack } from '@rebound/server/drafting/thanks-close';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { bodyOf, sentencesOf } from './happy-drafts.ts';
import { loadProfile } from './sample-drafts.ts';

// A page of thank-you notes read top to bottom: a reader notices the kind of sentence a note closes on ("whatever
// you need next", "should you need anything else down the line", "you are always welcome back at the shop") as much
// as its words, so no two neighbouring notes close by asking the reviewer back; a reader misses the invitation in a
// happy note more than they notice one in every second note, so every other note does.

type Review = { author: string | null; rating: number; text: string; title: null };

function draftPage(profile: BusinessProfile, reviews: readonly string[]): string[] {
  const recent: string[] = [];
  for (const text of reviews) {
    const r: Review = { author: null, rating: 5, text, title: null };
    const triage = triageReview(r, { sectorGroup: sectorGroupOf(profile.sector) });
    recent.push(composeDraft(r, triage, profile, { recent }).text);
  }
  return recent;
}

const lastSentence = (reply: string): string => sentencesOf(bodyOf(reply)).at(-1) ?? '';

// An invitation back or to buy again, as a reader hears it, in words of the test's own: a trip to the shop or the
// table, a next purchase, a door left open.
const ASKED_BACK =
  /\b(?:again|after next|let us know|come (?:back|in|and)|pop in|drop (?:by|in)|call in|stop (?:by|in)|visit|browse|see (?:you|us)|welcome (?:you )?back|your return|next (?:time|visit|trip|order|piece)|whatever you need|anything else|on your list|something new|upgrade|think of us|know where|down the line|at the counter|in the (?:shop|store))\b/i;

const NEXT_PURCHASE =
  /\b(?:need next|anything else|after next|something (?:new|else)|on your list|upgrade|down the line|think of us|track it down|help you (?:find|choose))\b/i;

const PAGES: ReadonlyArray<readonly [string, readonly string[]]> = [
  [
    'electronics',
    [
      'These headphones sound great and the battery lasts all week.',
      'The charger works well and charges my phone fast.',
      'Easy to set up router and the signal reaches the whole house.',
      'The camera takes sharp photos and is light enough to carry all day.',
      'Great speakers for the price, clear sound and deep bass.',
      'The mouse is comfortable and accurate.',
      'The cables arrived quickly and work perfectly.',
      'Lovely bright screen on this monitor, and the stand is sturdy.',
      'The memory card is fast and was a good deal.',
    ],
  ],
  [
    'restaurant',
    [
      'The carnitas tacos were juicy and the salsa verde had a real kick. Lovely patio too.',
      'The tiramisu was the best I have had in years.',
      'The lamb shank was tender and the staff brought a candle out for the birthday.',
      'Great pizza, crispy base and fresh toppings.',
      'Cosy spot, friendly staff and the mushroom risotto was creamy.',
      'The ramen broth was rich and the gyoza were crispy. Fast service at lunch.',
      'The fish and chips were fresh and the batter was light.',
      'Loved the brunch, the pancakes were fluffy.',
      'Lovely evening, the wine list was great and the desserts were delicious.',
    ],
  ],
];

describe('a page of thank-you notes varies how its notes close', () => {
  const pages = PAGES.map(([kind, reviews]) => [kind, draftPage(loadProfile(kind), reviews)] as const);

  const asking = pages.filter(([kind]) => kind !== 'electronics');
  it.each(asking)(
    'no two neighbouring notes of a %s ask the reviewer back, and every other one does',
    (_, page) => {
      const asked = page.map((reply) => ASKED_BACK.test(lastSentence(reply)));
      for (let i = 1; i < asked.length; i++)
        expect(asked.slice(i - 1, i + 1).filter(Boolean).length, page.slice(i - 1, i + 1).join('\n')).toBe(1);
      // The product reads the closes as the test does.
      expect(page.map(asksBack)).toEqual(asked);
    },
  );

  // A shop's product note always asks the reviewer back; the kind of invitation is what varies: "whatever you need
  // next", "should you need anything else down the line" and "if anything else is on your list" are one kind.
  it('no two of any three neighbouring notes of an electronics shop ask back for the next purchase', () => {
    const page = pages.find(([kind]) => kind === 'electronics')?.[1] ?? [];
    const next = page.map((reply) => NEXT_PURCHASE.test(lastSentence(reply)));
    for (let i = 2; i < next.length; i++)
      expect(
        next.slice(i - 2, i + 1).filter(Boolean).length,
        page.slice(i - 2, i + 1).join('\n'),
      ).toBeLessThan(2);
    // Near miss: every one of them still asks the reviewer back, and some of them for what they need next.
    for (const reply of page) expect(lastSentence(reply)).toMatch(ASKED_BACK);
    expect(next.some(Boolean)).toBe(true);
  });

  // Near miss: the invitation is still how a note closes when nothing before it did, and a note read alone is the
  // same note as before.
  it.each(pages)('the first note of a %s page still asks the reviewer back', (_, page) => {
    expect(lastSentence(page[0] ?? '')).toMatch(ASKED_BACK);
  });

  it.each(pages)(
    'a %s note that closes another way is still a whole note of thirty words or more',
    (_, page) => {
      for (const reply of page) {
        expect(sentencesOf(bodyOf(reply)).join(' ').split(/\s+/).length).toBeGreaterThanOrEqual(30);
        expect(reply).not.toMatch(/\bsorry\b|\bapologi|\bdiscount|\bvoucher|\bon the house\b/i);
      }
    },
  );

  // Reviews that name nothing are thanked in the general frames, where a page most easily repeats a shape: "Knowing
  // you came away happy…" beside "Knowing we got it right…".
  const general = draftPage(loadProfile('hotel'), [
    'Great stay, would come again.',
    'Lovely hotel, really enjoyed it.',
    'Everything was perfect, thanks.',
    'Very nice place, no complaints.',
    'Five stars, great experience.',
    'We had a good time here.',
    'Really pleasant stay overall.',
    'Excellent, nothing to fault.',
    'Very happy with our visit.',
    'Would recommend to anyone.',
    'Wonderful, just wonderful.',
    'Good experience from start to finish.',
  ]);
  it.each([...pages, ['hotel', general] as const])(
    'no two of any three neighbouring notes of a %s share a praise frame',
    (_, page) => {
      for (const frame of [
        /(?:^|[.!?;]\s+)Knowing\b/,
        /(?:^|[.!?;]\s+)Hearing\b/,
        /\b(?:kind|good) of you\b/i,
      ]) {
        const has = page.map((reply) => frame.test(bodyOf(reply)));
        for (let i = 2; i < has.length; i++)
          expect(
            has.slice(i - 2, i + 1).filter(Boolean).length,
            page.slice(i - 2, i + 1).join('\n'),
          ).toBeLessThan(2);
      }
      // Near miss: a frame is kept out of neighbouring notes, not out of the page.
      if (page === general)
        expect(page.some((reply) => /(?:^|[.!?;]\s+)(?:Knowing|Hearing)\b/.test(bodyOf(reply)))).toBe(true);
    },
  );
});

describe('a reviewer who is moving away is sent off well wherever the note stands on the page', () => {
  it('answers the move even just after a note that asked the reviewer back', () => {
    const restaurant = loadProfile('restaurant');
    const page = draftPage(restaurant, [
      'The carnitas tacos were juicy and the salsa verde had a real kick.',
      'Great pizza and lovely staff. Sadly we are moving away next month, so this was our last visit.',
    ]);
    expect(lastSentence(page[0] ?? '')).toMatch(ASKED_BACK);
    expect(page[1]).toMatch(/\bmove\b|\bnew home\b/i);
  });
});
