import { nameComplaints } from '@rebound/server/drafting/name-complaint';
import { describe, expect, it } from 'vitest';
import { everyWording, judged } from './remedy-helpers.ts';

type Group = Parameters<typeof nameComplaints>[1];
const named = (text: string, group: Group): string[] => nameComplaints(text, group).map((n) => n.clause);
/** Every wording the composer tries for one review, so a rule holds whichever is chosen. */
const drafts = (profile: string, text: string, rating = 1): string[] =>
  everyWording(judged(profile), text, { rating, count: 4 });

describe('a letter that got no answer', () => {
  const letter =
    'The garage fitted the wrong part and then said it was my fault. I wrote the company a letter to complain and never heard anything back.';

  it('is told as the letter the reviewer wrote, never as calls they did not make', () => {
    expect(named(letter, 'trades_repairs')).toContain('your letter went unanswered');
    for (const d of drafts('auto', letter)) expect(d).not.toMatch(/calls and messages/);
  });

  it('leaves calls that went unanswered as calls', () => {
    expect(named('I called three times and never heard back from anyone.', 'trades_repairs')).toContain(
      'your calls and messages went unanswered',
    );
  });
});

describe('tyres of the wrong size', () => {
  it('names the wrong tyres fitted', () => {
    const told = 'Another garage noticed my tires were the wrong size, so I had to buy a new set.';
    expect(named(told, 'trades_repairs')[0]).toBe('your car was fitted with the wrong size tires');
    for (const d of drafts('auto', told)) expect(d).toMatch(/wrong size tires/);
  });

  it('is not read from tyres that fitted', () => {
    expect(named('The tires were the right size and fitted quickly.', 'trades_repairs')).not.toContain(
      'your car was fitted with the wrong size tires',
    );
  });
});

describe('food served still frozen', () => {
  it('names the frozen dish', () => {
    expect(named('The rolls were fine but the sashimi was icy in places.', 'food_hospitality')).toContain(
      'your sashimi was still partly frozen',
    );
    expect(named('My cake was partially frozen and hard.', 'food_hospitality')).toContain(
      'your cake was still partly frozen',
    );
  });

  it('never reads frozen yogurt, an icy car park or a praised dish', () => {
    const said = named(
      'The fish was good, but the parking lot was icy. The frozen yogurt was lovely.',
      'food_hospitality',
    );
    expect(said.join(' ')).not.toMatch(/frozen/);
  });
});

describe('food that tasted reheated', () => {
  it('names food that tasted microwaved', () => {
    expect(
      named('The eggs tasted like they were frozen and thrown in a microwave.', 'food_hospitality'),
    ).toContain('the food tasted reheated rather than freshly cooked');
  });

  it('is not read from the reviewer heating leftovers at home', () => {
    expect(
      named('We took the rest home and warmed it in the microwave the next day.', 'food_hospitality').join(
        ' ',
      ),
    ).not.toMatch(/reheated/);
  });
});

describe('drinks left empty', () => {
  it('names the empty glass beside the inattentive service', () => {
    const told =
      'The server only came by to take our order. Eating salty food with an empty water glass is maddening.';
    expect(named(told, 'food_hospitality')[0]).toBe('nobody came to refill your drinks');
  });

  it('is not read from a glass the reviewer emptied and had refilled', () => {
    expect(
      named('My glass was empty for a second before she refilled it.', 'food_hospitality').join(' '),
    ).not.toMatch(/refill/);
  });
});

describe('staff who walked away', () => {
  it('names the staff member walking off', () => {
    const told = 'The man in charge of the guitars was rude and walked away from us twice.';
    expect(named(told, 'retail')[0]).toBe('one of our team walked away from you');
    for (const d of drafts('shop', told)) expect(d).not.toMatch(/treated that way/);
  });

  it('is not read from the reviewer walking out', () => {
    expect(named('The prices were awful so we walked away and went elsewhere.', 'retail')).not.toContain(
      'one of our team walked away from you',
    );
  });
});

describe('care said to come second to money', () => {
  it('names the money before care', () => {
    const told = 'The doctors are there for profit only and do not show any care for your pet.';
    expect(named(told, 'health')).toContain('you felt we put money ahead of proper care');
    for (const d of drafts('vet', told)) expect(d).toMatch(/money ahead of proper care/);
  });

  it('is not read from a price the reviewer only found high', () => {
    expect(named('It cost more money than I expected for a check up.', 'health').join(' ')).not.toMatch(
      /money ahead/,
    );
  });
});

describe('rules of one place left unenforced', () => {
  it('names the pool whose rules went unenforced', () => {
    const told = 'Pool staff do not enforce rules, so children run wild every weekend.';
    expect(named(told, 'food_hospitality')[0]).toBe('the pool rules were not enforced');
  });

  it('keeps rules in general as they were', () => {
    expect(named('The staff do not enforce the rules at all.', 'food_hospitality')[0]).toBe(
      'the rules were not enforced',
    );
  });
});

describe('a staff member with an attitude', () => {
  it('reads the attitude as being treated poorly', () => {
    expect(named('The girl taking our order had an attitude.', 'food_hospitality')).toContain(
      'you were treated so poorly',
    );
  });

  it('does not read a good attitude as one', () => {
    expect(named('The girl taking our order had a great attitude.', 'food_hospitality')).not.toContain(
      'you were treated so poorly',
    );
  });
});

describe('portions told as the reviewer counted them', () => {
  it('speaks of portions where the reviewer did', () => {
    expect(named('The portions were tiny for the price.', 'food_hospitality')[0]).toBe(
      'the portions were so small',
    );
  });

  it('keeps one portion as one', () => {
    expect(named('The portion was tiny for the price.', 'food_hospitality')[0]).toBe(
      'the portion was so small',
    );
  });
});

describe('food called average', () => {
  it('reads "pretty average" food as a letdown', () => {
    expect(named('Food was pretty average and the staff had an attitude.', 'food_hospitality')).toContain(
      'the food was such a letdown',
    );
  });

  it('does not read food above average as one', () => {
    expect(named('The food was above average for the area.', 'food_hospitality')).not.toContain(
      'the food was such a letdown',
    );
  });
});

describe("the staff's own dogs", () => {
  it('names the dogs jumping up at the customer', () => {
    expect(
      named('The employees’ dogs were jumping on me the whole time.'.replace('’', "'"), 'retail'),
    ).toContain("the staff's dogs were jumping up at you");
    expect(named('The dogs of the store employees were jumping on me.', 'health')).toContain(
      "the staff's dogs were jumping up at you",
    );
  });

  it('leaves a customer’s own dog alone', () => {
    expect(named('My dogs were jumping on me with excitement.', 'retail').join(' ')).not.toMatch(/dogs/);
  });
});

describe('food that would not hold together', () => {
  it('names the rice falling apart', () => {
    expect(named("The rice isn't sticky enough and falls apart.", 'food_hospitality')[0]).toBe(
      'the rice kept falling apart',
    );
  });

  it('is not read from a cake the reviewer took apart', () => {
    expect(named('We took the cake apart to share it.', 'food_hospitality').join(' ')).not.toMatch(/apart/);
  });
});
