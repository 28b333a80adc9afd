import { describe, expect, it } from 'vitest';
import { body, draftFor, judged, offered, stepFor } from './remedy-helpers.ts';

const hotel = judged('hotel');
const restaurant = judged('restaurant');

describe('a room left without towels, or with a phone or a door that did not work, is offered part of the stay back', () => {
  it.each([
    'There were no towels in our room when we arrived, and the phone by the bed did not work, so we could not even call the desk.',
    'The bathroom door stuck every time we tried to close it, and the key card stopped working twice during our stay.',
  ])('offers the partial refund: %s', (text) => {
    expect(offered(stepFor(hotel, text))).toBe('refund');
    expect(body(draftFor(hotel, text))).toMatch(/\b(?:refund|part of what)/i);
  });

  it('keeps the call for a stay faulted only for the price', () => {
    const text =
      'The room was clean and comfortable, but far too expensive for what you get in this part of town.';
    expect(stepFor(hotel, text).kind).toBe('call');
  });
});

describe('a dish found bad is refunded even where the review agrees to something as "OK with me"', () => {
  const agreed =
    'Our waiter was lovely. I asked to swap the rice for fried noodles for an extra dollar, which was OK with me. The noodles came out so bad I could not finish them, drowned in a sugary sauce.';

  it('offers the refund, named for the one dish', () => {
    expect(offered(stepFor(restaurant, agreed))).toBe('refund');
    const reply = body(draftFor(restaurant, agreed));
    expect(reply).toMatch(/\brefund/i);
    expect(reply).not.toMatch(/\bthose dishes\b/i);
  });

  it('still hears out a diner who calls the visit itself OK', () => {
    const text = 'The staff were friendly. The noodles were a bit bland but it was OK for the price.';
    expect(stepFor(restaurant, text).kind).toBe('call');
  });

  it('reads seafood that tasted freezer burned as food gone bad, not as harm to the diner', () => {
    const text =
      'The squid in my stir fry tasted freezer burned and the noodles were so bad I left most of them. Really disappointing lunch.';
    expect(offered(stepFor(restaurant, text))).toBe('refund');
  });
});

describe('a refund for one dish is told for that dish, not for "those dishes"', () => {
  it('names the one cake the review found bad where the apology names only the food', () => {
    const text =
      'Lovely staff, but the lemon cake I bought was awful, dry and tasting of nothing but sugar. I will not be back.';
    const reply = body(draftFor(restaurant, text));
    expect(reply).toMatch(/\brefund/i);
    expect(reply).not.toMatch(/\bthose dishes\b/i);
  });
});

describe('a food word that only qualifies the dish after it is no dish to refund', () => {
  it('never offers a refund on the beef of a corned beef hash, nor on the chicken of chicken strips', () => {
    for (const text of [
      'Everyone was too hungry to send the food back. However, the corned beef hash was oily and undercooked and the benedict was too salty.',
      'The chicken strips were rubbery and dry, and we waited forty minutes for them.',
    ]) {
      const reply = body(draftFor(restaurant, text));
      expect(reply, text).toMatch(/\brefund/i);
      expect(reply, text).not.toMatch(/\bon the (?:beef|chicken)\b|\bthe (?:beef|chicken) (?:you|we)\b/i);
    }
  });

  it('still names the one dish that went wrong where its name stands alone', () => {
    const reply = body(
      draftFor(restaurant, 'The soup was cold when it reached the table, and nobody came back to check.'),
    );
    expect(reply).toMatch(/\brefund/i);
    expect(reply).toMatch(/\bsoup\b/i);
  });
});
