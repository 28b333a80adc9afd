import type { BusinessProfile } from '@rebound/server/drafting/index';
import { nameComplaints } from '@rebound/server/drafting/name-complaint';
import { describe, expect, it } from 'vitest';
import { everyWording, judged as loadProfile } from './remedy-helpers.ts';

type Group = Parameters<typeof nameComplaints>[1];
const named = (text: string, group: Group, title: string | null = null): string[] =>
  nameComplaints(text, group, title).map((n) => n.clause);
const lead = (text: string, group: Group, title: string | null = null): string | undefined =>
  named(text, group, title)[0];

/** Every wording the composer tries for one review, so a rule holds whichever is chosen. */
const drafts = (profile: BusinessProfile, text: string, title: string | null = null): string[] =>
  everyWording(profile, text, { rating: 1, title, count: 4 });

describe('a price raised after a quote', () => {
  const text =
    'I had a written quote for the brake job. When I came in to pay, they raised the price by $450 and would not explain why.';

  it('is named with the sum the reviewer gives', () => {
    expect(lead(text, 'trades_repairs')).toBe('the price you were quoted went up by $450');
  });

  it('is named without a sum as the quote that went up', () => {
    expect(lead('They quoted me $300 for the job, but then they charged $520.', 'trades_repairs')).toBe(
      'the price you were quoted went up',
    );
  });

  it('is not read where nothing was quoted', () => {
    expect(named('They raised the price of coffee last spring.', 'food_hospitality')).not.toContain(
      'the price you were quoted went up',
    );
  });

  it('is what the reply apologises for, rather than a bare apology', () => {
    for (const reply of drafts(loadProfile('auto'), text)) expect(reply).toMatch(/went up by \$450/);
  });
});

describe('a promise withdrawn', () => {
  it('names what the reviewer was told they had and then told they did not', () => {
    const text =
      'At check-in the desk said we had a breakfast package, and then the next day they said we did not have the package. The manager was rude about it.';
    expect(lead(text, 'food_hospitality')).toBe('the package you had been promised was not honoured');
    for (const reply of drafts(loadProfile('hotel'), text)) expect(reply).toMatch(/package/);
  });

  it('names a coupon or quote the business would not honour', () => {
    expect(lead('They refused to honour the coupon printed on their own flyer.', 'retail')).toBe(
      'the coupon you had been promised was not honoured',
    );
  });
});

describe('a refusal to see or bill', () => {
  it('names the pet or person turned away', () => {
    const text =
      'I was overcharged twice last year. Then they refused to see my injured cat because they take no walk-ins.';
    expect(lead(text, 'health')).toBe('your cat was turned away when you needed us');
  });

  it('names the insurance the practice would not bill', () => {
    expect(lead('They refused to bill my insurance even though they are in network with it.', 'health')).toBe(
      'the bill was not put through your insurance',
    );
  });
});

describe('being shouted at', () => {
  it('names who did it by their role', () => {
    expect(
      lead(
        'The owner phoned me the next day, yelling and swearing because I wanted another bid.',
        'trades_repairs',
      ),
    ).toBe('the owner shouted and swore at you');
  });

  it('names it plainly where no role is given', () => {
    expect(lead('I was yelled at for asking a simple question.', 'retail')).toBe('you were shouted at');
  });
});

describe('staff who would not leave the reviewer be', () => {
  it('is named ahead of the price said beside it, even where the sentence ends on a quoted question', () => {
    const text =
      'The cocktails are pricey and the servers constantly hound you with do you want another one? It spoils the evening.';
    expect(lead(text, 'food_hospitality')).toBe('our staff kept pestering you');
  });

  it('still leaves a question asked as one unread', () => {
    expect(named('Why was the soup cold?', 'food_hospitality')).toEqual([]);
  });
});

describe('an order that could not be made as asked', () => {
  it('names it where everything was already made up', () => {
    expect(
      lead(
        'I asked for the wrap without onions but was told they could not because everything is pre made.',
        'food_hospitality',
      ),
    ).toBe('your order could not be made the way you asked');
  });

  it('names being sent to park and wait at a drive-through', () => {
    expect(
      lead(
        'At the drive-thru window they asked me to pull forward and wait for my fries.',
        'food_hospitality',
      ),
    ).toBe('you were sent to park and wait for your order');
    expect(named('The valet asked us to park in the back lot.', 'food_hospitality')).toEqual([]);
  });

  it('names a sales pitch the reviewer did not want', () => {
    expect(named('Stop trying to persuade me to buy the combo.', 'food_hospitality')).toContain(
      'you felt pushed towards more than you needed',
    );
  });

  it('names an order asked for without something and made with it, visit after visit', () => {
    expect(
      lead(
        'I have asked for no syrup several times and got syrup every time. The staff are friendly though.',
        'food_hospitality',
      ),
    ).toBe('your order was wrong more than once');
    expect(named('I asked for no onions and they came with onions.', 'food_hospitality')).not.toContain(
      'your order was wrong more than once',
    );
  });

  it('names a long wait before anyone came to serve', () => {
    expect(lead('We waited almost twenty minutes before anyone served us.', 'food_hospitality')).toBe(
      'you waited so long before anyone came to serve you',
    );
  });
});

describe('a stay that was not what was advertised', () => {
  it('is named where the reviewer says what it turned out to be', () => {
    const text =
      'The motel was advertised as being on the beach. In fact it was two miles inland. The shower was cold.';
    expect(lead(text, 'food_hospitality')).toBe('the place was not what it was advertised as');
  });

  it('is not read where the advert held true', () => {
    expect(named('It was advertised as a quiet retreat and it truly was.', 'food_hospitality')).toEqual([]);
  });

  it('names a room that smelled, however the smell is spelt, ahead of a tired building', () => {
    expect(
      lead(
        'The whole place is a dump. The room reaked of smoke. The hallway reaked as well.',
        'food_hospitality',
      ),
    ).toBe('the room smelled so bad');
  });
});

describe('device faults told in the reviewer’s words', () => {
  it('names a lock or cover that would barely come off', () => {
    expect(lead('Once fitted it was nearly impossible to remove.', 'retail')).toBe(
      'it was so hard to get off again',
    );
    expect(named('The stain would not come out.', 'retail')).toEqual([]);
  });

  it('names the device it would not recognise, but not the computer that would not recognise it', () => {
    expect(lead('After a month the dock would no longer recognise my iPod.', 'retail')).toBe(
      'it would not recognise your iPod',
    );
    expect(named('The computer would not recognise the card.', 'retail')).not.toContain(
      'it would not recognise your card',
    );
  });

  it('names a radio that found no stations', () => {
    expect(lead('It will not even pick up local stations.', 'retail')).toBe(
      'the radio would not pick up stations',
    );
  });

  it('names a screen gone blank, with the device whose screen it is', () => {
    expect(lead('When I switch the camera on with the card inside, the screen goes black.', 'retail')).toBe(
      "your camera's screen went blank",
    );
    expect(lead('Halfway through a film the display went blank.', 'retail')).toBe(
      'the screen went blank on you',
    );
  });

  it('names the reason given after an "if"', () => {
    expect(
      lead(
        'If you own this camera, do not buy it because the screen goes black as soon as it is in.',
        'retail',
      ),
    ).toBe('the screen went blank on you');
  });

  it('names a part that gave out and presses that did nothing', () => {
    expect(lead('Now the battery contacts are not working properly.', 'retail')).toBe(
      'the battery contacts stopped working properly',
    );
    expect(lead('I click the button three times and nothing happens.', 'retail')).toBe(
      'it did not respond when you pressed the buttons',
    );
  });

  it('names a unit that was plainly not new', () => {
    expect(
      named('It arrived dead. The replacement looked as if it had been opened before.', 'retail'),
    ).toContain('the unit you were sent did not look new');
  });
});

describe('what was left out or cut short', () => {
  it('names a dish the table asked for and was never brought, spelt however', () => {
    expect(
      lead(
        'We told the waiter it was a birthday, but they forgot to bring my sister the desert.',
        'food_hospitality',
      ),
    ).toBe('we forgot your dessert');
  });

  it('names a treatment that was not all it was sold as, only where the reviewer says what was missing', () => {
    const text = 'The deluxe massage is supposed to last an hour. It was over in just 40 minutes.';
    expect(lead(text, 'health')).toBe('you did not get the full massage you paid for');
    expect(named('The massage is supposed to last an hour, and it did.', 'health')).toEqual([]);
  });
});

describe('more device faults told in the reviewer’s words', () => {
  it('names a device that fails to connect', () => {
    expect(lead('Far too often it fails to connect over Bluetooth.', 'retail')).toBe(
      'it so often failed to connect',
    );
  });

  it('names fuses blown or a breaker tripped', () => {
    expect(lead('After a week it blew out the fuses in both sockets of my car.', 'retail')).toBe(
      'it blew the fuses it was plugged into',
    );
    expect(lead('Every time I switch it on it trips the breaker.', 'retail')).toBe('it tripped the breaker');
  });

  it('names verification errors as errors', () => {
    expect(lead('Burning discs, I get verification errors.', 'retail')).toBe('it kept throwing up errors');
  });
});

describe('misreadings that hid the lead complaint', () => {
  it('does not take the reviewer’s own haste for being rushed', () => {
    expect(named('I booked the room in a hurry for a short trip.', 'food_hospitality')).toEqual([]);
    expect(
      named('We were seated at once but the waiter was in such a rush to clear us out.', 'food_hospitality'),
    ).toContain('you felt rushed');
  });

  it('does not take a smell the reviewer liked for a bad one', () => {
    expect(named('From the car park I could smell the spices cooking.', 'food_hospitality')).toEqual([]);
    expect(named('There was a delicious smell of bread as we came in.', 'food_hospitality')).toEqual([]);
    expect(named('The lobby had a musty smell.', 'food_hospitality')).toContain('there was such a bad smell');
  });

  // A shop that takes nothing back, and staff nowhere to be seen, lead what the reviewer had to do about it.
  it.each([
    [
      'The boots gave me blisters on the first day. When I brought them back I was told the shop does not take returns. It has been four days and my feet still hurt.',
      'retail',
      'your request for your money back was turned down',
    ],
    [
      'Nobody was paying attention to us for ages, so ordering was a struggle. The wine we ordered never came and we had to change the order. Even then no one was checking on our table.',
      'food_hospitality',
      'nobody looked after you the way they should have',
    ],
  ] as const)('leads with the grievance told (%#)', (text, group, clause) => {
    expect(lead(text, group)).toBe(clause);
  });
});

describe('faults told in words the reader missed before', () => {
  // Stains on a duvet, a product not the one pictured, a player that skips, a cursor that flickers, a waiter nowhere
  // to be found, packaging that will not open, a feature that cannot be turned off, a power supply that cut out.
  it.each([
    [
      'The duvet had brown stains on it, which was revolting.',
      'food_hospitality',
      'the bedding was not clean',
    ],
    [
      'The picture on the shop website shows a silver stand. The box arrived with a black one instead.',
      'retail',
      'it was not what the description led you to expect',
    ],
    ['After a few weeks it started skipping on every disc.', 'retail', 'it started skipping'],
    ['The cursor flickers whenever I move it quickly.', 'retail', 'the cursor kept flickering'],
    [
      'The waiter was nowhere to be found once we had eaten.',
      'food_hospitality',
      'nobody looked after you the way they should have',
    ],
    [
      'The plastic packaging is impossible to open without scissors.',
      'retail',
      'the packaging was so hard to open',
    ],
    [
      'The bundled software is useless to me and it cannot be disabled.',
      'retail',
      'there was no way to switch off the part you did not want',
    ],
    [
      'When the mains came back it dropped power to the computer.',
      'retail',
      'it dropped the power to what was plugged into it',
    ],
  ] as const)('names the fault told (%#)', (text, group, clause) => {
    expect(lead(text, group)).toBe(clause);
  });
});

describe('dishes faulted in slang', () => {
  const letdown = 'the food was such a letdown';
  it.each([
    ['You can tell a place is good by its beans and salsa; both suck.', true],
    ['We had the tacos and the burritos, they sucked.', true],
    ['The tacos were fine, they suck at getting orders right though.', false],
    ['The food came fast but the service sucks.', false],
  ] as const)('names the food only where the dishes are what is said to suck (%#)', (text, isFood) => {
    expect(named(text, 'food_hospitality').includes(letdown)).toBe(isFood);
  });
});
