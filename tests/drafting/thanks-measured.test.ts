import { composeDraft } from '@rebound/server/drafting/index';
import * as tw from '@rebound/server/drafting/thanks-wording';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { loadProfile } from './sample-drafts.ts';

// Measured praise ("pretty good", "nothing out of this world but tasty") is not opened with a gushing line ("a review
// to keep"). A product note glad of the good points over the bad says so only where it tells the bad point too.

const restaurant = loadProfile('restaurant');

const GUSH = /review to keep|a treat to read|happy reading/i;

function page(profile: ReturnType<typeof loadProfile>, texts: readonly string[], rating = 4): string[] {
  const recent: string[] = [];
  for (const [i, text] of texts.entries()) {
    const r = { author: null, rating, text, title: null, externalId: `m-${i}` };
    const triage = triageReview(r, { sectorGroup: sectorGroupOf(profile.sector) });
    recent.push(composeDraft(r, triage, profile, { recent }).text);
  }
  return recent;
}

const MEASURED = [
  'The tacos were pretty good and the salsa was decent. Nothing out of this world, but a fair lunch.',
  'Service was pretty quick and the burger was decent. Good enough for a weekday lunch.',
  'The pasta was pretty good, the bread was okay. A decent spot if you are nearby.',
  'Brunch was pretty good. The eggs were decent and the coffee was fine.',
  'The pizza was pretty decent and the staff were nice enough. Solid for the price.',
  'Pretty good curry, decent rice, the naan was okay. We might come back.',
  'The soup was pretty good and the sandwich was decent. Nothing fancy.',
  'The ribs were pretty good, the sides were okay. Fair portions.',
];

const DISHES = ['tacos', 'burger', 'pasta', 'pizza', 'curry', 'soup', 'ribs', 'salad', 'noodles', 'steak'];
const SIDES = ['salsa', 'fries', 'bread', 'rice', 'coleslaw', 'beans'];

describe('measured praise', () => {
  it('is never thanked with gushing lines', () => {
    for (const reply of page(restaurant, MEASURED)) expect(reply).not.toMatch(GUSH);
  });

  it('is never opened with a gushing line, whatever opening a note is given', () => {
    for (const dish of DISHES)
      for (const side of SIDES) {
        const [reply] = page(restaurant, [
          `The ${dish} was pretty good and the ${side} was decent. Nothing out of this world, but fine.`,
        ]);
        expect(reply).not.toMatch(GUSH);
      }
  });

  it('keeps the warm lines in the pool for praise said with feeling (near miss)', () => {
    expect(tw.personalFirst.some((line) => GUSH.test(line))).toBe(true);
  });
});

describe('a product note beside a point it does not tell', () => {
  const store = loadProfile('electronics');
  const UNNAMED = [
    'Works great for the price. There are a few minor issues but nothing major.',
    'Does the job well enough. A couple of small issues, nothing that matters.',
    'Works fine for me. There are some minor issues but I would buy it again.',
    'Good value and it works. It has a few minor issues but nothing serious.',
    'Happy with it so far. Some minor issues, but it does what I need.',
    'It works well. A few minor issues here and there, nothing major.',
  ];

  it('is not glad that the good points win out over bad ones it never names', () => {
    for (const reply of page(store, UNNAMED, 4))
      expect(reply).not.toMatch(/carry the day|win out|on the whole|balanced view|Most of all|All told/);
  });
});

describe('glowing praise', () => {
  it('is never called fair-minded or an honest account, which reads as faint praise', () => {
    for (const dish of DISHES)
      for (const side of SIDES) {
        const [reply] = page(
          restaurant,
          [
            `The ${dish} was absolutely amazing and the ${side} was wonderful. Best meal we have had all year!`,
          ],
          5,
        );
        expect(reply).not.toMatch(/fair-minded|honest account/i);
      }
  });
});
