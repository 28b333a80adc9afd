import type { BusinessProfile } from '@rebound/server/drafting/index';
import { nameComplaints } from '@rebound/server/drafting/name-complaint';
import { toldFaults } from '@rebound/server/drafting/told-aspects';
import { describe, expect, it } from 'vitest';
import { everyWording, judged as loadProfile } from './remedy-helpers.ts';

const hotel = loadProfile('hotel');
const gym = loadProfile('gym');
const auto = loadProfile('auto');

/** Every wording the composer tries for one review, so a rule holds whichever is chosen. */
const drafts = (profile: BusinessProfile, text: string): string[] =>
  everyWording(profile, text, { rating: 1, count: 4 });
type Group = Parameters<typeof nameComplaints>[1];
const named = (text: string, group: Group): string[] => nameComplaints(text, group).map((n) => n.clause);

describe('a security lapse is named before an aside told at more length', () => {
  const text =
    'This club keeps slipping. Twice this week there was no sign of security at the front desk. The pool is lovely but the speakers by the weights are never loud enough and nobody is around to turn them up. When I asked about guest passes, they had no idea what I was talking about.';

  it('names the missing security, and the staff who could not answer, never the speakers', () => {
    for (const reply of [...drafts(gym, text), ...drafts(hotel, text)]) {
      expect(reply).toMatch(/security/);
      expect(reply).not.toMatch(/loud enough|speakers/);
    }
    expect(named(text, 'health')).toEqual([
      'there was no sign of security at the front desk',
      'our staff did not know what you were asking about',
    ]);
  });

  it('reads no guard into a deposit or a passcode', () => {
    expect(named('They kept my security deposit and never explained why.', 'health')).not.toContain(
      'there was no sign of security',
    );
    expect(named('There was no security code on the locker, so I used my own lock.', 'health')).toEqual([]);
  });
});

describe('dirt told as a list of notes is the grievance, not the price', () => {
  const text =
    'Not a good stay at all, a not very clean room nor bathroom, sheets and towels dirty and thin. Lift very slow and dirty. The rates are too high for what you get.';

  it('names the dirt first and never concedes the price as a fault beside it', () => {
    for (const reply of drafts(hotel, text)) {
      expect(reply).toMatch(/not clean/);
      expect(reply).not.toMatch(/price was too high|rates were too high/);
    }
  });

  it('leaves a room praised as clean alone', () => {
    expect(
      named('The room was small but not dirty at all. The rates are too high.', 'food_hospitality'),
    ).toEqual(['it did not feel worth what you paid']);
  });

  it('still tells the price back where it is all there is', () => {
    expect(toldFaults('The rates were too high.', 'food_hospitality')).toBe('the rates were too high');
    expect(
      toldFaults('The rates were too high. The carpet was stained.', 'food_hospitality', {
        except: 'the carpet was stained',
      }),
    ).toBeNull();
  });
});

describe('furnishings worn through outrank a price called high', () => {
  it('names the wear and tear before feeling it was not worth the money', () => {
    const text =
      'Far too pricey for a weekend. Furniture showing lots of wear and tear, and the breakfast was meh.';
    expect(named(text, 'food_hospitality')[0]).toBe('the furniture was so worn');
    for (const reply of drafts(hotel, text)) expect(reply).toMatch(/furniture was so worn/);
  });

  it('reads no wear into a place said to show none', () => {
    expect(named('Overpriced for what it is, though the furniture is new.', 'food_hospitality')[0]).toBe(
      'it did not feel worth what you paid',
    );
  });
});

describe('a room whose temperature could not be set', () => {
  const text =
    'The room looked nothing like the photos and we could not regulate the air conditioner, far too warm to sleep. The pillows were lumpy.';

  it('is named, and no kitchen is told of it', () => {
    expect(named(text, 'food_hospitality')).toContain(
      'you could not get the room to a comfortable temperature',
    );
    for (const reply of drafts(hotel, text)) expect(reply).not.toMatch(/kitchen|chef/);
  });

  it('is not read from a guest who chose not to touch it', () => {
    expect(
      named('We did not regulate the air conditioner and slept fine.', 'food_hospitality'),
    ).not.toContain('you could not get the room to a comfortable temperature');
  });
});

describe('a garage that could not fix the car', () => {
  const text =
    'The service writer was condescending and ignored me when I asked for an update. They could not even figure out how to fix my car, though I told them what the dealer had found. Ninety minutes wasted.';

  it('names the car left unfixed beside how the reviewer was spoken to', () => {
    expect(named(text, 'trades_repairs')[0]).toBe('we could not fix your car');
    for (const reply of drafts(auto, text)) expect(reply).toMatch(/could not fix your car/);
  });

  it('is not read from a reviewer who could not afford the fix', () => {
    expect(named('I could not afford to fix my car after the quote.', 'trades_repairs')).not.toContain(
      'we could not fix your car',
    );
  });
});

describe('a damages claim or a disputed charge is named in a holding reply', () => {
  it('names the damage the reviewer describes to the car, without owning it', () => {
    const text =
      'Had an oil change here and they cracked our oil pan, now it drips everywhere, and they will not take responsibility. I am taking this to a lawyer.';
    for (const reply of drafts(auto, text)) {
      expect(reply).toMatch(/the damage you describe to your oil pan/);
      expect(reply).not.toMatch(/\b(?:we|our team) (?:cracked|damaged)\b/);
    }
  });

  it('names the charge for finding the fault', () => {
    const text =
      'They quoted a fortune for a new engine and charged me 300 dollars for the diagnostic on my truck. I will be speaking to my attorney about it.';
    for (const reply of drafts(auto, text)) expect(reply).toMatch(/the charge for finding the fault/);
  });

  it('names neither where the car was not harmed or charged for', () => {
    const text = 'They lost my paperwork twice and I am speaking to my attorney about it.';
    for (const reply of drafts(auto, text))
      expect(reply).not.toMatch(/damage you describe|finding the fault/);
  });
});

describe('a no-show is owned', () => {
  it('tells it as ours in every wording', () => {
    const text = 'Booked the movers for Saturday morning and they never showed up. Nobody called either.';
    expect(nameComplaints(text, 'trades_repairs')[0]?.wordings).toEqual([
      'we did not turn up when you were expecting us',
      'no one arrived at the time we had agreed with you',
      'we did not turn up as arranged',
    ]);
  });
});

describe('tools seen going uncleaned at a spa', () => {
  const spa = loadProfile('spa');
  const text =
    'The staff are sweet and the prices fair, but they never sanitize the tools or the foot bath between clients. My heels cracked and bled for a week afterwards. These practices are simply unacceptable.';

  it('is named as what the reviewer saw, never as "the practices"', () => {
    expect(named(text, 'health')[0]).toBe('what you saw of how the tools were cleaned worried you');
    for (const reply of drafts(spa, text)) expect(reply).not.toMatch(/practices/);
  });

  it('is not read from tools the reviewer saw cleaned', () => {
    expect(named('They sanitize the tools in front of you every time.', 'health')).not.toContain(
      'what you saw of how the tools were cleaned worried you',
    );
  });
});

describe('a job the reviewer says to quit is no product that quit', () => {
  it('does not read "if you do not like your job then quit" as goods that stopped working', () => {
    const text =
      "The cashiers here are miserable. I used to hate the saying if you don't like your job then quit, but seriously why are you here? Put a smile on your face.";
    expect(named(text, 'retail')).not.toContain('it stopped working so soon');
  });

  it('still reads goods that worked a week and then quit', () => {
    expect(named('The kettle worked for a week and then quit.', 'retail')).toContain(
      'it stopped working so soon',
    );
  });
});

describe('the help a shopper never got is named before the range of stock', () => {
  const shop = loadProfile('shop');
  it('names no help given, not the selection mentioned after it', () => {
    const text =
      'I went in for a birthday present. I received no help at all while the assistant chatted to a regular. Also, the range of cards was not very good.';
    for (const reply of drafts(shop, text)) {
      expect(reply).toMatch(/help/);
      expect(reply).not.toMatch(/range of cards|selection/);
    }
  });

  it('does not read help the shopper turned down', () => {
    expect(
      named('I said I needed no help and browsed on my own. The range was not very good.', 'retail'),
    ).not.toContain('nobody on the shop floor offered you any help');
  });
});

describe('a blow-dry the reviewer calls so bad', () => {
  const salon = loadProfile('salon');
  it('is named as a blow-dry that did not turn out, never as putting their hair up', () => {
    const text =
      'Lovely people. I paid for a trim and a blow out, but the blow out was so bad the back was left frizzy and I had to tie my hair up.';
    expect(named(text, 'health')[0]).toBe('your blow-dry did not turn out the way you asked');
    for (const reply of drafts(salon, text)) expect(reply).not.toMatch(/put your hair up|tie your hair up/);
  });

  it('leaves a blow out called not so bad alone', () => {
    expect(named('The blow out was not so bad, just a little flat.', 'health')).not.toContain(
      'your blow-dry did not turn out the way you asked',
    );
  });
});
