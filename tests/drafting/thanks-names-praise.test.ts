import { describe, expect, it } from 'vitest';
import { everyWording, judged } from './remedy-helpers.ts';

// A happy reviewer who raves about one dish or one treatment is thanked for that, not for "the food" or "the
// treatments" as a whole, however often the review says the wider word.

const restaurant = judged('restaurant');
const spa = judged('spa');

const draftsOf = (profile: ReturnType<typeof judged>, text: string) =>
  everyWording(profile, text, { rating: 5 });

describe('a thing praised with feeling is named before the whole it belongs to', () => {
  it('names the dish, not the food', () => {
    const text =
      'Food was really good here, with great food at fair prices and the food came out quickly. We shared the chocolate lava cake, which was out of this world.';
    for (const d of draftsOf(restaurant, text)) {
      // The dish leads; the food as a whole may follow it.
      expect(d).toMatch(/lava cake/);
      expect(d.search(/lava cake/)).toBeLessThan(
        d.search(/\bthe food\b/) < 0 ? Infinity : d.search(/\bthe food\b/),
      );
    }
  });

  it('names the treatment, not the treatments', () => {
    const text =
      'I have tried a lot of treatments around town. The hot stone massage was amazing and I floated out. The treatments here are excellent and the prices for treatments are fair.';
    for (const d of draftsOf(spa, text)) expect(d).toMatch(/massage/);
  });
});

describe('near misses keep to what was praised here', () => {
  it('does not name a dish praised at another restaurant', () => {
    const text =
      'The food was fantastic, great food and the food came out hot. The lamb curry at another restaurant nearby is amazing, but I will be back here.';
    for (const d of draftsOf(restaurant, text)) expect(d).not.toMatch(/curry/);
  });

  it('does not name a dish only mentioned or one the reviewer faulted', () => {
    const text =
      'I ordered the salmon and my wife had the soup. The soup was cold, sadly. Otherwise the food was amazing, fantastic food and plenty of food.';
    for (const d of draftsOf(restaurant, text)) {
      expect(d).not.toMatch(/salmon/);
      // The soup may be answered as the fault it was, never thanked for.
      expect(d.match(/soup/g)?.length ?? 0).toBe(d.match(/cold soup/g)?.length ?? 0);
    }
  });
});

// A place across the street or next door is another business: what the reviewer praises there is not thanked for.
const bakery = judged('bakery');

describe('praise of the place next door or across the street is not thanked for', () => {
  it('names what was praised here, not at the neighbour', () => {
    for (const d of draftsOf(
      bakery,
      'The bakery across the street has amazing croissants, but the sourdough here is lovely and the staff were sweet.',
    )) {
      expect(d).not.toMatch(/croissant/);
      expect(d).toMatch(/sourdough/);
    }
    for (const d of draftsOf(
      restaurant,
      'The cafe next door has amazing pancakes. We came for the burgers and they were great.',
    ))
      expect(d).not.toMatch(/pancake/);
  });

  it('still thanks for a place the reviewer locates by their own hotel or office (near miss)', () => {
    for (const d of draftsOf(
      bakery,
      'The bakery across the street from our hotel has amazing croissants, we went every single morning.',
    ))
      expect(d).toMatch(/croissant/);
  });
});
