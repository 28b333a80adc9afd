import type { BusinessProfile } from '@rebound/server/drafting/business-profile';
import { carThing, experienceNoun, tellsOfLoss } from '@rebound/server/drafting/thanks-subject';
import { describe, expect, it } from 'vitest';
import { loadProfile } from './sample-drafts.ts';

const hotel = loadProfile('hotel');
const restaurant = loadProfile('restaurant');
const bakery: BusinessProfile = { ...restaurant, name: 'Rosemary Bakehouse' };

describe('the experience is named in the words of what the reviewer had', () => {
  it('a lodging answering a diner breakfast speaks of the meal, not the stay', () => {
    expect(
      experienceNoun(
        hotel,
        'Best breakfast diner in town. Our waitress kept the coffee coming and the pancakes were fluffy.',
      ),
    ).toBe('your meal');
  });

  it('a lodging still speaks of the stay when the review mentions the room or the night', () => {
    expect(experienceNoun(hotel, 'Great breakfast at the restaurant and our room was spotless.')).toBe(
      'your stay',
    );
    expect(experienceNoun(hotel, 'Nice breakfast in the morning. Great overnight stop.')).toBe('your stay');
  });

  it.each([
    ['We picked up the wedding cake on Saturday and it was gorgeous.', 'your order'],
    ['Two decorated cakes for the party, both beautiful and moist.', 'your visit'],
    ['The croissants are flaky and the cupcakes are moist.', 'your visit'],
  ])('a bakery’s cakes are never "your meal": %s', (text, thing) => {
    expect(experienceNoun(bakery, text)).toBe(thing);
  });

  it('reads the same review the same way every time', () => {
    const text = 'A box of scones and a loaf of bread.';
    expect([1, 2, 3].map(() => experienceNoun(restaurant, text))).toEqual([
      'your visit',
      'your visit',
      'your visit',
    ]);
  });

  it('a bakery’s wedding cake bought for after a dinner elsewhere is an order', () => {
    expect(
      experienceNoun(
        bakery,
        'They had no wedding cake for after dinner, so we ordered a small cake here. The cake was moist and the cake topper cute.',
      ),
    ).toBe('your order');
  });

  it('a bakery that served lunch served a meal', () => {
    expect(
      experienceNoun(bakery, 'Lovely lunch: the soup and sandwich were great, and the scones too.'),
    ).toBe('your meal');
  });

  it('a restaurant dessert eaten at the table is a visit, not an order', () => {
    expect(experienceNoun(restaurant, 'We ordered the chocolate cake and it was heavenly.')).toBe(
      'your visit',
    );
  });

  it('a class reviewed under a trade’s profile is no job done', () => {
    const service = loadProfile('service');
    expect(experienceNoun(service, 'A sweaty 90 minute yoga class. Jeans? Fitting awesome.')).toBe(
      'your time with us',
    );
    expect(experienceNoun(service, 'They fitted the new boiler in a morning.')).toBe('the work');
  });

  it('a car written off and replaced had no work done on it', () => {
    expect(
      carThing(
        'Thank you for smoothing out the weeks after an accident which made my car a complete write off. They got me into a replacement vehicle and helped with the insurance.',
      ),
    ).toBe('your visit');
    expect(carThing('They fixed the brakes and did an oil change in an hour.')).toBe('the work');
    expect(carThing('The work they completed on the rear bumper was excellent.')).toBe('the work');
    expect(carThing('Great customer service, and they had the tyre I needed in stock.')).toBe('your visit');
    expect(carThing('They did not have my tyre size at the big store, so I came here and saved money.')).toBe(
      'your visit',
    );
  });
});

describe('a loss is what the review is about, not a death long ago', () => {
  it('reads a recent loss', () => {
    expect(tellsOfLoss('Our dog passed away last week and the vet was so kind.')).toBe(true);
  });

  it('does not condole over a grandfather who died when the reviewer was a teenager', () => {
    expect(
      tellsOfLoss(
        'My razor was passed down by my grandfather, who passed away when I was a teenager. Great shop.',
      ),
    ).toBe(false);
  });
});
