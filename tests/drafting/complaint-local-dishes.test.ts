import type { BusinessProfile } from '@rebound/server/drafting/index';
import { nameComplaints } from '@rebound/server/drafting/name-complaint';
import { describe, expect, it } from 'vitest';
import { everyWording, judged as loadProfile } from './remedy-helpers.ts';

const restaurant = loadProfile('restaurant');
const hotel = loadProfile('hotel');

const drafts = (profile: BusinessProfile, text: string, rating = 2): string[] =>
  everyWording(profile, text, { rating, count: 4 });
type Group = Parameters<typeof nameComplaints>[1];
const named = (text: string, group: Group): string[] => nameComplaints(text, group).map((n) => n.clause);

describe('dishes named with what was wrong with them', () => {
  it('names the dishes and their faults rather than the food in general', () => {
    const text =
      'Came for dinner on a Friday. The salsa was flavorless and the beef was burnt. We paid and left without dessert.';
    expect(named(text, 'food_hospitality')[0]).toBe('the salsa was flavorless and the beef was burnt');
  });

  it('tells the dish back in the reply', () => {
    // Long enough that the reply names one grievance and does not add the lesser faults after it.
    const text =
      'We have been coming here for years, usually on a Sunday after church, and always sat by the window. This time we ' +
      'ordered the noodle bowl and a side of greens to share, the same as we always do. The noodles were mushy and ' +
      'overcooked, nothing like the last time we came. The greens were fine. The room was half empty so there was no ' +
      'excuse for it. We mentioned it on the way out and were told the cook was new. We will give it a while before we ' +
      'come back, which is a shame because we used to love it.';
    for (const reply of drafts(restaurant, text)) expect(reply).toMatch(/the noodles were (?:so )?mushy/i);
  });

  it('keeps the general clause where no dish is faulted plainly', () => {
    const text = 'Everything we ate was overcooked. The place was loud and the food came late.';
    expect(named(text, 'food_hospitality')[0]).toBe('the food was not cooked properly');
  });

  it('does not tell a dish praised in its own sentence as a fault', () => {
    const text =
      'The crust was chewy and perfectly baked. But the rest of our dinner was overcooked and we waited an hour.';
    expect(named(text, 'food_hospitality').join(' ')).not.toMatch(/crust/);
  });

  it('does not take a dish served cold by nature for a fault', () => {
    const text = 'The salad was cold and the chicken was overcooked, so the whole meal was a letdown.';
    const first = named(text, 'food_hospitality')[0] ?? '';
    expect(first).not.toMatch(/salad/);
    expect(first).toMatch(/the chicken was overcooked/);
  });

  it('does not read a dish fault at a shop', () => {
    const text = 'The bread was stale when I got it home and the staff would not take it back.';
    expect(named(text, 'retail').join(' ')).not.toMatch(/bread was stale/);
  });
});

describe('heating that did not work', () => {
  it('names the heating, not a temperature that was uncomfortable', () => {
    const text = 'Our room had no heat on the coldest night of the year. We slept in our coats.';
    expect(named(text, 'food_hospitality')[0]).toBe('the heating did not work');
    for (const reply of drafts(hotel, text))
      expect(reply).not.toMatch(/temperature inside was so uncomfortable/);
  });

  it('names a broken heater the same way', () => {
    expect(
      named('The heater in the room was broken and nobody came to fix it.', 'food_hospitality'),
    ).toContain('the heating did not work');
  });

  it('does not read a heat lamp or a stuffy room as failed heating', () => {
    expect(
      named('There was no heat lamp over the pass, so the fries sat there.', 'food_hospitality'),
    ).not.toContain('the heating did not work');
    expect(named('The temperature in the room was sweltering all night.', 'food_hospitality')).toContain(
      'the temperature inside was so uncomfortable',
    );
  });
});

describe('a shopper followed after saying they were just looking', () => {
  it('names being followed and questioned', () => {
    const text =
      'A salesman came straight over. I said I was only browsing, but he kept following me from aisle to aisle asking what my budget was.';
    expect(named(text, 'retail')[0]).toBe(
      'you were followed around and questioned after you said you were just looking',
    );
  });

  it('does not read a shopper left to browse as followed', () => {
    const text =
      'I told the clerk I was just looking and she let me be. The prices were far too high though, and nothing was labelled.';
    expect(named(text, 'retail')).not.toContain(
      'you were followed around and questioned after you said you were just looking',
    );
  });

  it('does not read following without the shopper having said they were only looking', () => {
    const text =
      'The manager followed me out to the car park to give me my receipt, which was kind, but the sofa was damaged.';
    expect(named(text, 'retail')).not.toContain(
      'you were followed around and questioned after you said you were just looking',
    );
  });
});

describe('refused what another customer was then given', () => {
  const CLAUSE = 'you were told it was not available and then saw it served to another customer';

  it('names being refused what the customer ahead was served', () => {
    const text =
      'At the counter I asked for a slice of the lemon tart and was told they were not selling tart today. A minute later the woman behind me was handed a slice of tart.';
    expect(named(text, 'food_hospitality')[0]).toBe(CLAUSE);
    for (const reply of drafts(restaurant, text, 1)) expect(reply).toMatch(/served to another customer/);
  });

  it('does not read it where something else was out and another customer was simply served first', () => {
    const text =
      'The man in front of me got his coffee first. Then the barista said they did not have oat milk, so I had mine black.';
    expect(named(text, 'food_hospitality')).not.toContain(CLAUSE);
  });

  it('does not read a dish that was off the menu for everyone', () => {
    const text = 'They told us they were not serving brunch any more, so we went across the road.';
    expect(named(text, 'food_hospitality')).not.toContain(CLAUSE);
  });
});

describe('shouted at or sworn at', () => {
  it('names shouting and swearing aimed at the reviewer as what it was', () => {
    const text =
      'I rang about a missing side. The manager yelled at me and cursed at me, then put the phone down.';
    expect(named(text, 'food_hospitality')[0]).toBe('the manager shouted and swore at you');
    expect(
      named(
        'When we asked for a new room the receptionist shouted at us in the lobby.',
        'food_hospitality',
      )[0],
    ).toBe('the receptionist shouted at you');
    expect(named('They raised their voice at me over a coupon and hung up.', 'retail')[0]).toBe(
      'you were shouted at',
    );
  });

  it('does not tell shouting the reviewer only overheard as aimed at them', () => {
    const text = 'The cook was cursing loudly in the kitchen and we could hear every word from our table.';
    expect(named(text, 'food_hospitality').join(' ')).not.toMatch(/swore at you|sworn at|shouted/);
  });
});

describe('a dish told with every word the reviewer used of it', () => {
  it('keeps a second word said beside a fault only food has', () => {
    const text = 'The pasta was bland. The cream sauce was thin and flavorless, and the bread came late.';
    expect(named(text, 'food_hospitality')[0]).toMatch(/the cream sauce was thin and flavorless/);
  });
});
