import * as tw from '@rebound/server/drafting/thanks-wording';
import { describe, expect, it } from 'vitest';
import { bodyOf, draftPage } from './happy-drafts.ts';
import { loadProfile } from './sample-drafts.ts';

// Lines a reader of a page hears as the business's stock: said of any review, they tell this reviewer nothing, and a
// fill-in slot such as "Good to hear the X hit the mark" reads as a form.
const STOCK =
  /helps us no end|counts for more than anything|a treat to read something|next buyer|a sound choice|it all went so well|good to hear how it went|hit the mark|nothing pleases us more|review to keep/i;

const pools = Object.entries(tw).filter((entry): entry is [string, string[]] => Array.isArray(entry[1]));

const HOTEL = [
  'The pillows were a dream and breakfast had fresh pastries every morning.',
  'Our room looked out over the river. Quiet nights, and the staff were lovely.',
  'Great spot for the conference centre, and the gym was open early.',
  'A warm welcome at the desk and the spa pool was a treat after a long drive.',
  'Clean, calm and a short walk from the station.',
  'Stayed two nights for a wedding nearby. Everything was fine.',
  'The bar did a lovely cocktail and the barman knew his whisky.',
  'Kids adored the pool and the family room had plenty of space.',
  'Lovely old building, creaky floors and all. We will be back.',
  'The shuttle to the airport saved us a fortune.',
  'Best night of sleep I have had in a hotel in years.',
  'Quiet, comfortable and good value.',
];

const SHOP = [
  { text: 'Loud and clear, and the battery lasts all day.', itemName: 'Pipa Bluetooth Speaker' },
  { text: 'Does exactly what it says. Happy with it.', itemName: 'Tana USB Charger' },
  { text: 'Sharp picture and easy to wall mount.', itemName: 'Kest 43 inch TV' },
  { text: 'Works fine with my old laptop, though the cable is short.', itemName: 'Bolo Wireless Mouse' },
  { text: 'My second one. Never lets me down.', itemName: 'Rook Card Reader' },
  { text: 'Good sound for the price, the case is a bit flimsy.', itemName: 'Juno Earbuds' },
  { text: 'Perfect for the kitchen radio shelf.', itemName: 'Ferro Pocket Radio' },
  { text: 'Light, quick and the keyboard is a joy.', itemName: 'Slate 10 Tablet' },
  { text: 'Set up in minutes, strong signal upstairs.', itemName: 'Nexo AC1200 Router' },
  { text: 'Great little camera for the price.', itemName: 'Fenna Compact Camera' },
];

describe('a thank-you says no stock line a page would repeat', () => {
  it('keeps the stock lines out of every pool of thank-you wording', () => {
    const found = pools.flatMap(([name, lines]) =>
      lines.filter((l) => STOCK.test(l)).map((l) => `${name}: ${l}`),
    );
    expect(found).toEqual([]);
  });

  it.each([
    ['hotel', HOTEL],
    ['electronics', SHOP],
  ] as const)('says none of them on a %s page', (kind, reviews) => {
    const page = draftPage(loadProfile(kind), reviews).map(bodyOf);
    expect(page.filter((body) => STOCK.test(body))).toEqual([]);
  });

  it('near miss: the pools keep enough lines for a page to vary', () => {
    for (const pool of [tw.plainThanks, tw.gladGeneral, tw.genericWhole, tw.praisedFirst, tw.personalFirst])
      expect(pool.length).toBeGreaterThanOrEqual(3);
    expect(tw.praisedFirst.some((line) => /\{p\}/.test(line))).toBe(true);
  });
});
