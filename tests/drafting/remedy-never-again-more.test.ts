import { describe, expect, it } from 'vitest';
import { everyWording, judged, offered, stepFor } from './remedy-helpers.ts';

// "I won't be coming here again" closes the door on an offer for the next visit, as "I won't come back" does.

const restaurant = judged('restaurant');
const NEXT_VISIT = /next time you visit|on the house|on us|your next visit/i;
const ORDER =
  'Our waiter was rude all night and ignored our table for forty minutes while we waited for dessert.';

describe('a guest who says they will not be coming again', () => {
  it('is offered nothing for a next visit', () => {
    for (const d of everyWording(restaurant, `${ORDER} I won't be coming here again.`, { rating: 2 }))
      expect(d).not.toMatch(NEXT_VISIT);
    for (const d of everyWording(restaurant, `${ORDER} We will not be ordering from here again.`, {
      rating: 2,
    }))
      expect(d).not.toMatch(NEXT_VISIT);
  });

  it('is read apart from one who says nothing of coming again (near miss)', () => {
    const drafts = everyWording(restaurant, ORDER, {
      rating: 2,
    });
    expect(drafts.some((d) => NEXT_VISIT.test(d))).toBe(true);
  });
});

describe('a shopper who vows not to spend their money here', () => {
  const shop = judged('shop');
  it('is offered no refund when nothing was bought', () => {
    expect(
      offered(
        stepFor(
          shop,
          'I spent ten minutes looking around and the young woman behind the counter did not even say hello. I was extremely underwhelmed by the service. I will not spend my money here.',
        ),
      ),
    ).not.toBe('refund');
  });

  it('keeps the refund open for one who bought goods that failed (near miss)', () => {
    expect(
      offered(
        stepFor(
          shop,
          'I bought a lamp here and the poor quality showed at once: it broke the next day and the switch is defective. I will not spend my money here again.',
        ),
      ),
    ).toBe('refund');
  });
});
