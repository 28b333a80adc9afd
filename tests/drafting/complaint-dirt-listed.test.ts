import { nameComplaints } from '@rebound/server/drafting/name-complaint';
import { describe, expect, it } from 'vitest';
import { everyWording, judged } from './remedy-helpers.ts';

// "The lobby, salsa bar and even drink station were very dirty": dirt listed part by part is told as those parts, not
// as "I am sorry it was not cleaner", which shrinks what the reviewer saw to a shrug.

const restaurant = judged('restaurant');
const review =
  'Really disappointed with our visit tonight. The lobby, salsa bar and even drink station were very dirty and ' +
  'unkept. My salad also had limp lettuce. I hope they do a better job at cleaning up!';

describe('dirt listed part by part', () => {
  it('is named as every part listed', () => {
    expect(nameComplaints(review, 'food_hospitality')[0]?.clause).toBe(
      'the lobby, the salsa bar and the drink station were not clean',
    );
    for (const reply of everyWording(restaurant, review)) {
      expect(reply).toMatch(/the lobby, the salsa bar and the drink station/);
    }
  });

  it('a list with nothing dirty in it is no grievance (near miss)', () => {
    const clauses = nameComplaints(
      'The lobby, salsa bar and drink station were spotless. The food was cold though.',
      'food_hospitality',
    ).map((n) => n.clause);
    expect(clauses.join(' ')).not.toMatch(/not clean/);
  });
});
