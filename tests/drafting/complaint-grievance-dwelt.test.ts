import type { BusinessProfile } from '@rebound/server/drafting/index';
import { nameComplaints } from '@rebound/server/drafting/name-complaint';
import { reportedClause } from '@rebound/server/drafting/reported-clause';
import { describe, expect, it } from 'vitest';
import { everyWording, judged as loadProfile } from './remedy-helpers.ts';

const electronics = loadProfile('electronics-store');
const hotel = loadProfile('hotel');
const garage = loadProfile('auto');
const restaurant = loadProfile('restaurant');

/** Every wording the composer tries for one review, so a rule holds whichever is chosen. */
const drafts = (profile: BusinessProfile, text: string, title: string | null = null, rating = 1): string[] =>
  everyWording(profile, text, { rating, title, count: 4 });
type Group = Parameters<typeof nameComplaints>[1];
const named = (text: string, group: Group, title: string | null = null): string[] =>
  nameComplaints(text, group, title).map((n) => n.clause);

describe('a microphone judged poor', () => {
  it('is told as judged, never as people failing to hear', () => {
    const text = 'The earcups sit badly on my head. The mic is poor. I would pick something else for gaming.';
    expect(named(text, 'retail')).toContain('the microphone was so poor');
    expect(named(text, 'retail')).not.toContain('people could not hear you through the microphone');
    for (const reply of drafts(electronics, text, 'Mic not good'))
      expect(reply).not.toMatch(/could not hear/i);
  });

  it('still tells callers who could not hear the reviewer', () => {
    const text = 'The mic is so quiet that my friends could not hear me on calls.';
    expect(named(text, 'retail')).toContain('people could not hear you through the microphone');
  });
});

describe('a feature the goods lack', () => {
  it('is not told as recording that failed', () => {
    const text =
      'The handset sound is fuzzy and people hear a hiss on calls.\nCan’t record an outgoing message remotely.';
    expect(named(text, 'retail')).not.toContain('it would not record properly');
    for (const reply of drafts(electronics, text)) expect(reply).not.toMatch(/record/i);
  });

  it('still tells recording that failed', () => {
    expect(named('The machine cannot record anything, every tape comes out blank.', 'retail')).toContain(
      'it would not record properly',
    );
  });

  it('names settings it could not hold, not a card something else would not recognise', () => {
    const text =
      'I found the longest number a speed dial entry will hold is 20 digits, so I could not program my calling cards. When I dial it by hand the network doesn’t recognize the card pin the first time.';
    expect(named(text, 'retail')).not.toContain('it would not recognise your card');
    expect(named(text, 'retail')[0]).toBe('it could not be programmed the way you needed');
    for (const reply of drafts(electronics, text)) expect(reply).not.toMatch(/recogni[sz]e your card/i);
  });

  it('still tells a reader that would not recognise the reviewer’s card', () => {
    expect(named('The reader will not recognize my card at all.', 'retail')).toContain(
      'it would not recognise your card',
    );
  });
});

describe('what the reviewer saw outside', () => {
  it('is not told as the hotel looking worn', () => {
    const text =
      'We had to ask the desk to open the pool. Very rough area, run down, litter everywhere and scary at night. The staff was rude.';
    expect(named(text, 'food_hospitality')).not.toContain('the place was so worn and dated');
    for (const reply of drafts(hotel, text)) expect(reply).not.toMatch(/worn|dated|tired/i);
  });

  it('still tells a run-down hotel', () => {
    expect(named('The hotel is run down and the carpets are stained.', 'food_hospitality')).toContain(
      'the place was so worn and dated',
    );
  });
});

describe('a grievance the reviewer comes back to', () => {
  const room =
    'The bed covers were old and the pillows lumpy, furniture old and cheap. The wifi didn’t work in our room. The whole hotel badly needs renovation.';

  it('counts every sentence that tells it', () => {
    const found = nameComplaints(room, 'food_hospitality');
    expect(found[0]?.topic).toBe('state');
    for (const reply of drafts(hotel, room, null, 2)) expect(reply).toMatch(/worn|dated|tired|updating/i);
  });

  it('still leads with a grievance told once where nothing is told twice', () => {
    const once = 'The wifi didn’t work in our room. The lobby looked a bit dated.';
    expect(nameComplaints(once, 'food_hospitality')[0]?.topic).not.toBe('state');
  });
});

describe('an appointment with no work done', () => {
  const text =
    'I booked an appointment to get my car repaired. They told me the appointment was only to meet the service advisor, not to get any work done. What a waste of a morning. Very poor service.';

  it('names the wasted appointment, not the service in general', () => {
    expect(named(text, 'trades_repairs')[0]).toBe('you came in for an appointment and no work was done');
    for (const reply of drafts(garage, text)) expect(reply).toMatch(/no work done|no work was done/);
  });

  it('leaves an appointment where the work was done', () => {
    expect(
      named(
        'I had an appointment at nine and the work was done by noon, but the service was poor.',
        'trades_repairs',
      ),
    ).not.toContain('you came in for an appointment and no work was done');
  });
});

describe('a price shown one way and rung up another', () => {
  const text =
    'The sign says a half dozen is $5.49. It is deceptive to list that price and then ring them up at well over $7. The glazed ones were stale too.';

  it('names the price shown, not value for money', () => {
    expect(named(text, 'food_hospitality')[0]).toBe(
      'what you paid was more than the price shown led you to expect',
    );
    for (const reply of drafts(restaurant, text)) {
      expect(reply).toMatch(/price shown/);
      expect(reply).not.toMatch(/overcharg/i);
    }
  });

  it('leaves a price the reviewer only found high', () => {
    expect(named('The donuts are overpriced for what you get.', 'food_hospitality')).not.toContain(
      'what you paid was more than the price shown led you to expect',
    );
  });
});

describe('a fault of the reviewer’s old one', () => {
  const text =
    'I got this set to replace a wireless combo that was about four years old when the mouse scroll wheel stopped working. Here is what I found. The keyboard is enormous and looks silly on my desk. It goes to sleep after a few minutes and misses what I type.';

  it('never names the old one’s fault', () => {
    expect(named(text, 'retail')).not.toContain('it stopped working so soon');
    for (const reply of drafts(electronics, text)) {
      expect(reply).not.toMatch(/scroll wheel/i);
      expect(reply).not.toMatch(/stopped working|gave out/i);
    }
  });

  it('still names a fault told as the goods’ own', () => {
    expect(named('The scroll wheel stopped working after a week.', 'retail')).toContain(
      'it stopped working so soon',
    );
    const own = 'I got this set to replace my old one. The keyboard stopped working after a week.';
    expect(named(own, 'retail')).toContain('it stopped working so soon');
  });
});

describe('a time that may come', () => {
  const text =
    'I will keep it in the glovebox for those times when the battery is dead and I need music. It will not charge my player, but it will run it.';

  it('is no fault that happened', () => {
    expect(named(text, 'retail')).not.toContain('it stopped working so soon');
    for (const reply of drafts(electronics, text))
      expect(reply).not.toMatch(/battery is dead|stopped working/i);
  });

  it('still tells a battery that did die', () => {
    expect(named('The battery is dead after two weeks.', 'retail')).toContain('it stopped working so soon');
  });
});

describe('what another firm did', () => {
  const told =
    "They cancelled my order just like everyone else's. They didn't even send a notification email and I found the order cancelled by looking at the site.";
  const text = `Not what I expect from a company as big as Amazon. ${told}`;

  it('is never told as done by us', () => {
    expect(reportedClause(text, { products: true }) ?? '').not.toMatch(/^we\b/);
    for (const reply of drafts(electronics, text)) expect(reply).not.toMatch(/\bwe didn't even send/i);
  });

  it('still tells what our own people did', () => {
    expect(reportedClause(told, { products: true })).toBe("we didn't even send a notification email");
  });
});
