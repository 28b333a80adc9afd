import { nameComplaints } from '@rebound/server/drafting/name-complaint';
import { describe, expect, it } from 'vitest';
import { everyWording, judged } from './remedy-helpers.ts';

// A dish the reviewer sets against its price ("Steaks are not up to par anymore, certainly not in this price range")
// is the grievance named, in our words: never the meal as a whole, and never their verdict conceded as it stands.

const text =
  'This place has gone down in the last 5 years. Steaks are not up to par anymore, certainly not in this price range. ' +
  'Regular, okay steak. Presentation is lacking. The only good things left are the bread basket and wine list.';

describe('a dish set against its price', () => {
  it('is read as that dish falling short of the price', () => {
    expect(nameComplaints(text, 'food_hospitality')[0]?.clause).toBe(
      'the steaks did not live up to the price',
    );
  });

  it('is told in our words in every wording', () => {
    const drafts = everyWording(judged('restaurant'), text, { rating: 2, count: 6 });
    for (const draft of drafts) {
      expect(draft).toMatch(/the steaks (?:did not live up to|fell short of what) the price/);
      expect(draft).not.toMatch(/not up to par/);
    }
  });

  it('is not read from praise of the value, or where no dish is named (near misses)', () => {
    const fair = nameComplaints(
      'Steaks are not bad for the price. The waiter forgot our drinks and we waited 40 minutes.',
      'food_hospitality',
    );
    expect(fair.map((n) => n.clause)).not.toContain('the steaks did not live up to the price');
    const meal = nameComplaints(
      'The meal was not good at all for this price. We will not be back.',
      'food_hospitality',
    );
    expect(meal.find((n) => n.topic === 'price')?.clause).toMatch(/^(?:what you were served|the price)/);
  });
});
