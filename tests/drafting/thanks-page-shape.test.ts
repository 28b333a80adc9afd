import { type BusinessProfile, composeDraft } from '@rebound/server/drafting/index';
import { ownWords } from '@rebound/server/drafting/quibble-told';
import { movesAway, tellsOfAccident, yearsWithUs } from '@rebound/server/drafting/thanks-subject';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { sentencesOf } from './happy-drafts.ts';
import { loadProfile } from './sample-drafts.ts';

// Thank-you notes read as a visitor reads a business's page: every reply beside the ones before it.

const restaurant = loadProfile('restaurant');
const hotel = loadProfile('hotel');
const service = loadProfile('service');
const auto = loadProfile('auto');

const draftFor = (profile: BusinessProfile, text: string, rating: number, recent: string[] = []): string => {
  const r = { author: null, rating, text, title: null };
  return composeDraft(r, triageReview(r, { sectorGroup: sectorGroupOf(profile.sector) }), profile, { recent })
    .text;
};

function draftPage(profile: BusinessProfile, reviews: ReadonlyArray<readonly [string, number]>): string[] {
  const recent: string[] = [];
  for (const [text, rating] of reviews) recent.push(draftFor(profile, text, rating, recent));
  return recent;
}

// Nine happy reviews of one restaurant, the size of a page a visitor reads at a glance.
const RESTAURANT_PAGE: ReadonlyArray<readonly [string, number]> = [
  ['The lasagne was rich and the tiramisu was lovely. Service was slow though.', 4],
  ['Great pizza, lovely patio, friendly staff.', 5],
  ['The decor is beautiful and the food was tasty.', 4],
  ['Best carbonara in town, and the garlic bread is addictive.', 5],
  ['Lovely atmosphere and the servers were attentive. The desserts were superb.', 5],
  ['The ravioli was good and the wine list is excellent. The service was not that friendly.', 4],
  ['Delicious risotto and a warm welcome. Great little place.', 5],
  ['The steak was cooked perfectly and the staff were kind.', 5],
  ['Nice food and the bundt cakes were a treat. A bit noisy on a Friday.', 4],
];

// A line that hands the praise on to someone: the staff, the kitchen, the servers or the team.
const HANDS_ON =
  /\b(?:team|staff|kitchen|servers?|waiter|everyone here)\b.*\b(?:thrilled|delighted|pleased|chuffed|love|proud|glad|smiling|see|read|hear)\b|\b(?:pass|passed|share|shared|sharing|show|showing|read this out|pin this up|sent this round|done the rounds)\b.*\b(?:team|staff|kitchen|servers?|waiter|everyone)\b/i;

describe('a restaurant’s page of thank-yous', () => {
  const page = draftPage(restaurant, RESTAURANT_PAGE);

  it('hands the praise on in at most half of its notes', () => {
    const handing = page.filter((text) => sentencesOf(text).some((s) => HANDS_ON.test(s)));
    // 9 notes: at most 4 hand the praise on.
    expect(handing.length).toBeLessThanOrEqual(4);
  });

  it('opens fewer than two notes in three with thanks', () => {
    const thanksFirst = page.filter((text) =>
      /^(?:thank|thanks|many thanks)\b/i.test(sentencesOf(text)[0] ?? ''),
    );
    // 9 notes: at most 5 open "Thank you for…".
    expect(thanksFirst.length).toBeLessThanOrEqual(5);
  });

  it('never closes two notes in a row on the same frame', () => {
    const CLOSES = [/\b(?:seat|table)\b/i, /\bwelcome you back\b/i, /\bcome back\b/i, /\bsee you\b/i];
    const closes = page.map((text) => sentencesOf(text).at(-1) ?? '');
    for (let i = 1; i < closes.length; i++)
      for (const frame of CLOSES)
        expect(frame.test(closes[i] ?? '') && frame.test(closes[i - 1] ?? ''), closes[i]).toBe(false);
  });

  it('says "your meal" in at most one note', () => {
    expect(page.filter((text) => /\byour meal\b/i.test(text)).length).toBeLessThanOrEqual(1);
  });

  it('answers its quibbles each in a frame of its own', () => {
    const FRAMES = [
      /\bfair (?:point|one)\b/i,
      /\bmade a note\b|\bnoted\b/i,
      /\bwell taken\b/i,
      /\bI hear you\b/i,
    ];
    for (const frame of FRAMES) expect(page.filter((text) => frame.test(text)).length).toBeLessThanOrEqual(1);
  });
});

describe('a restaurant’s page of notes that can name nothing in particular', () => {
  it('says "your meal" in at most one of any six notes running', () => {
    const page = draftPage(restaurant, [
      ['Had a great meal here last night, really enjoyed it.', 5],
      ['Lovely dinner, will definitely recommend to friends.', 5],
      ['Great meal, good value and a nice evening.', 4],
      ['We had lunch here and it was excellent.', 5],
      ['Really good dinner, everything was spot on.', 5],
      ['Excellent meal from start to finish.', 5],
      ['A very enjoyable lunch, thanks.', 4],
      ['Good food, good night out.', 5],
    ]);
    const said = page.flatMap((text, i) => (/\byour meal\b/i.test(text) ? [i] : []));
    for (let k = 1; k < said.length; k++) expect((said[k] ?? 0) - (said[k - 1] ?? 0)).toBeGreaterThan(6);
  });
});

describe('phrases no owner would write, on any page', () => {
  const STOCK =
    /make the work worthwhile|putting it in a review|your words count|made my day|put a smile on my face|make the team.s day|the praise for the|one to remember|championing|grateful you picked out|is well taken|make their day|bring your appetite/i;
  const pages = [
    draftPage(restaurant, RESTAURANT_PAGE),
    draftPage(hotel, [
      ['The room was spotless and the view was stunning.', 5],
      ['Nice room, comfortable bed. The pillows were lumpy though.', 4],
      ['Great location and the breakfast buffet was excellent.', 5],
      ['Room was clean and the pool was great. Parking was expensive.', 4],
      ['Lovely stay. The room was huge and the staff were helpful.', 5],
      ['Great stay, would recommend.', 5],
    ]),
  ];
  it.each(pages.flat().map((text, i) => [i, text] as const))('note %i', (_, text) => {
    expect(text).not.toMatch(STOCK);
  });
});

describe('a 4-star quibble told back in the business’s own words', () => {
  it.each([
    ['the service was so slow', 'the slow service'],
    ['the pillows were lumpy', 'the lumpy pillows'],
    ['the pillows were awful', 'the pillows'],
    ['the service was not that friendly', 'the unfriendly service'],
    ['the sauce was a bit thin', 'the thin sauce'],
    ['the prices were too high', 'the prices'],
    ['the sliders were overpriced', 'the pricey sliders'],
  ])('"%s" is "%s"', (clause, plain) => {
    expect(ownWords(clause)).toBe(plain);
  });

  it('never calls the business’s own place by the reviewer’s fault, and leaves a clause it cannot read', () => {
    expect(ownWords('the hotel is a little dated')).toBeNull();
    expect(ownWords('the bathroom had mold')).toBeNull();
  });

  it('never repeats the reviewer’s clause in a note', () => {
    const slow = draftFor(restaurant, 'The lasagne was rich. The service was so slow though.', 4);
    expect(slow).toMatch(/slow service/);
    expect(slow).not.toMatch(/service was so slow/);
    const pillows = draftFor(hotel, 'Nice room, comfortable bed. The pillows were lumpy though.', 4);
    expect(pillows).toMatch(/lumpy pillows/);
    expect(pillows).not.toMatch(/pillows were lumpy/);
  });
});

describe('a close that fits what the reviewer said', () => {
  it('sends off a reviewer who is moving away, without asking them back soon', () => {
    const text = draftFor(
      restaurant,
      'One last lovely dinner before we move away next month. We will miss the risotto.',
      5,
    );
    const close = sentencesOf(text).at(-1) ?? '';
    expect(close).toMatch(/move|new home/);
    expect(close).not.toMatch(/\bsoon\b|before long/);
  });

  it('never tells a reviewer who said they will be back that they would call again', () => {
    const text = draftFor(service, 'Robin was so patient and kind with my mother. I will be back soon.', 5);
    expect(text).not.toMatch(/would call us again/);
  });

  it('is glad a reviewer is safe after an accident, before anything about the visit', () => {
    const text = draftFor(
      auto,
      'After my accident the car was a total loss. Dave walked me through the insurance and found me a rental the same day.',
      5,
    );
    const safe = sentencesOf(text).findIndex((s) => /\bsafe\b|\bsafely\b/.test(s));
    expect(safe).toBeGreaterThanOrEqual(0);
    expect(safe).toBeLessThanOrEqual(1);
    expect(text).not.toMatch(/went (?:so )?well|smoothly|without a hitch|your visit/i);
  });

  it('reads who is moving, who was in an accident and how many years they have come', () => {
    expect(movesAway('We are moving to Denver in June, so this was our last visit.')).toBe(true);
    expect(movesAway('They moved the tables to make room for us.')).toBe(false);
    expect(tellsOfAccident('After the accident they towed the car for me.')).toBe(true);
    expect(tellsOfAccident('I accidentally booked the wrong day.')).toBe(false);
    expect(tellsOfAccident('My car was totaled last spring.')).toBe(true);
    expect(tellsOfAccident('The bike totaled about $340 with the kickstand.')).toBe(false);
    expect(tellsOfAccident('Took it to Joe’s collision center for the dent.')).toBe(false);
    expect(yearsWithUs('I have been coming here for 25 years.')).toBe('twenty-five years');
    expect(yearsWithUs('We have been customers for over ten years.')).toBe('ten years');
    expect(yearsWithUs('The building is 25 years old.')).toBeNull();
  });
});

describe('a detailed review answered with what it told', () => {
  it('names the years a regular has been coming', () => {
    const text = draftFor(
      restaurant,
      'We have been coming here for 25 years and it never disappoints. The lamb is still the best.',
      5,
    );
    expect(text).toMatch(/twenty-five years/i);
  });
});

describe('staff the reviewer named', () => {
  it('thanks both of two people named', () => {
    const text = draftFor(
      restaurant,
      'Our server Darouny and the manager Jim made our anniversary dinner so special. She was attentive and he sent over dessert.',
      5,
    );
    expect(text).toMatch(/Darouny/);
    expect(text).toMatch(/\bJim\b/);
  });

  it('never calls one named person "their"', () => {
    for (const seed of ['Robin', 'Jimmy', 'Cindy', 'Marsha', 'Tara']) {
      const text = draftFor(service, `Our technician ${seed} was wonderful, so patient and so kind.`, 5);
      expect(text).toMatch(new RegExp(seed));
      expect(text).not.toMatch(/\btheir day\b|\bmention them\b/);
    }
  });
});
