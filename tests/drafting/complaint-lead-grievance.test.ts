import { joinsAsOne, leadPoint, praiseContradicted } from '@rebound/server/drafting/compose-complaint';
import type { BusinessProfile } from '@rebound/server/drafting/index';
import { nameComplaints } from '@rebound/server/drafting/name-complaint';
import { toldFaults } from '@rebound/server/drafting/told-aspects';
import { describe, expect, it } from 'vitest';
import { everyWording, judged as loadProfile } from './remedy-helpers.ts';

type Group = Parameters<typeof nameComplaints>[1];
const lead = (text: string, group: Group): string | undefined => nameComplaints(text, group)[0]?.clause;

/** Every wording the composer tries for one review, so a rule holds whichever is chosen. */
const drafts = (profile: BusinessProfile, text: string): string[] =>
  everyWording(profile, text, { rating: 1 });
const opening = (reply: string): string =>
  reply
    .split(/(?<=[.!?])\s/)
    .slice(0, 2)
    .join(' ');

describe('a stay without housekeeping', () => {
  const text =
    'Four nights and not once did we get maid service, even after we asked at the desk twice. Will look elsewhere next time.';

  it('is named as the room never being cleaned', () => {
    expect(lead(text, 'food_hospitality')).toBe('your room was never cleaned during your stay');
    expect(lead('Housekeeping never came to our room the whole week.', 'food_hospitality')).toBe(
      'your room was never cleaned during your stay',
    );
  });

  it('is not read from a room that was dirty on arrival', () => {
    expect(lead('The room was not properly cleaned when we arrived.', 'food_hospitality')).not.toBe(
      'your room was never cleaned during your stay',
    );
  });

  it('opens the reply rather than a bare apology', () => {
    for (const reply of drafts(loadProfile('hotel'), text))
      expect(opening(reply)).toMatch(/never cleaned|housekeeping never came/);
  });
});

describe('being made to pay twice', () => {
  it('is named from a prepaid booking paid again or a double charge', () => {
    expect(
      lead(
        'We prepaid online but the desk had no record and we had to pay for the room again.',
        'food_hospitality',
      ),
    ).toBe('you were made to pay twice');
    expect(lead('They double charged my card for one oil change.', 'trades_repairs')).toBe(
      'you were made to pay twice',
    );
  });

  it('is not read from a reviewer who will not come back to pay', () => {
    expect(lead('The food was bland and I would never pay that again.', 'food_hospitality')).not.toBe(
      'you were made to pay twice',
    );
  });

  it('opens the reply', () => {
    const text =
      'Booked and paid in advance, then at check in we were told there was no payment and had to pay again.';
    for (const reply of drafts(loadProfile('hotel'), text))
      expect(opening(reply)).toMatch(/pay twice|charged a second time/);
  });
});

describe('a price given and a higher one charged', () => {
  it('is named as a charge above what the reviewer was told', () => {
    expect(
      lead(
        'The tailor told me the hem would be $20 but then rang me up for $35 when I picked it up.',
        'trades_repairs',
      ),
    ).toBe('you were charged more than you were told');
  });

  it('is not read from two prices that are only compared', () => {
    expect(lead('Their burger is $12 and the one across the road is $9.', 'food_hospitality')).not.toBe(
      'you were charged more than you were told',
    );
  });
});

describe('being ignored', () => {
  it('is named however the reviewer puts it', () => {
    for (const text of [
      'We were the only people at the bar and still got ignored for fifteen minutes.',
      'The two girls at the counter ignored us while they chatted.',
      'I was completely ignored by the host.',
    ])
      expect(nameComplaints(text, 'food_hospitality').map((n) => n.clause)).toContain('you were ignored');
  });
});

describe('being left without word, rules unenforced, calls that never got through', () => {
  it('names being left without updates', () => {
    expect(
      lead(
        'My car sat there all afternoon and there was no checking in with me to tell me what was going on.',
        'trades_repairs',
      ),
    ).toBe('nobody kept you informed');
    expect(lead('Nobody kept us updated while the dog was in surgery.', 'health')).toBe(
      'nobody kept you informed',
    );
  });

  it('names rules the staff did not enforce', () => {
    expect(lead('The lifeguards never enforce the pool rules on weekends.', 'food_hospitality')).toBe(
      'the rules were not enforced',
    );
  });

  it('names calls that went unanswered and a call ended on the reviewer', () => {
    expect(lead('We rang for two days and got a busy signal every time.', 'health')).toBe(
      'you could not get through to us by phone',
    );
    expect(lead('The receptionist hung up on me halfway through my question.', 'professional')).toBe(
      'you were hung up on',
    );
  });

  it('reads none of them from a reviewer who was kept well informed', () => {
    const text = 'They called me twice to keep me updated and the job was done on time.';
    expect(nameComplaints(text, 'trades_repairs').map((n) => n.clause)).not.toContain(
      'nobody kept you informed',
    );
  });
});

describe('a rushed treatment', () => {
  const text =
    'My brow wax was so rushed. She hurried through it, left stray hairs and my skin was red for days.';

  it('is named at a salon', () => {
    expect(nameComplaints(text, 'professional').map((n) => n.clause)).toContain(
      'your appointment was rushed',
    );
  });

  it('is not told twice in other words', () => {
    for (const reply of drafts(loadProfile('spa'), text)) {
      const said = reply.match(/\b(?:rushed|hurried)\b/g) ?? [];
      expect(said.length).toBeLessThanOrEqual(1);
    }
  });
});

describe('a room that did not match its photos', () => {
  it('is named as the room being nothing like the photos', () => {
    expect(
      lead(
        'Our room looked nothing like the pictures on the website, much smaller and darker.',
        'food_hospitality',
      ),
    ).toBe('the room was nothing like the photos');
  });
});

describe('the second of two grievances', () => {
  it('joins the first only in a short sentence that reads as one thought', () => {
    expect(joinsAsOne('your food came out cold', 'part of your order was missing')).toBe(true);
    expect(joinsAsOne('the shower curtain had mold', 'it would not charge')).toBe(false);
    expect(
      joinsAsOne(
        'the property was so tired and in need of updating after so many years',
        'the cooking was not right on the night you came in',
      ),
    ).toBe(false);
  });

  it('is never tacked on in a sentence of its own', () => {
    const text =
      'The room smelled of smoke and the carpet was stained. On top of that the wait at check in was over an hour, and the pool was closed.';
    for (const reply of drafts(loadProfile('hotel'), text))
      expect(reply).not.toMatch(/\b(?:On top of that|To make it worse|only made it worse|on top of it)\b/);
  });
});

describe('a fault that closes a list', () => {
  const text =
    'We will not stay here again. The room had no hot water, the carpet was filthy and the walls were thin. Then to top it all off the pillows were flat.';

  it('gives way to the faults told before it as the lead', () => {
    expect(leadPoint(text, 'food_hospitality')).toBeNull();
  });

  it('stays the point where nothing was faulted before it', () => {
    const alone = 'We booked for the view. To top it all off the balcony door was broken.';
    expect(leadPoint(alone, 'food_hospitality')).toMatch(/balcony/);
  });

  it('is not what the reply opens on', () => {
    for (const reply of drafts(loadProfile('hotel'), text)) expect(opening(reply)).not.toMatch(/pillows/);
  });
});

describe('praise the review takes back', () => {
  it('is read where the praised thing is faulted in another sentence', () => {
    const text =
      'The customer service in the store was lovely. After the sofa arrived torn I called their customer service three times and nobody called back.';
    expect(praiseContradicted('the customer service', text)).toBe(true);
  });

  it('is read where the staff were praised but nobody was at the desk', () => {
    expect(
      praiseContradicted(
        'the staff',
        'Staff seem nice enough. We stood at an empty front desk for twenty minutes.',
      ),
    ).toBe(true);
  });

  it('is not read where the praise stands alone', () => {
    expect(
      praiseContradicted('the staff', 'The staff were kind. The room was damp and the heater broke.'),
    ).toBe(false);
  });

  it('is not told back as liked', () => {
    const cases: [string, string][] = [
      [
        'shop',
        'The customer service was great when I bought the table. Two weeks later the top cracked. I have emailed their customer service three times and had no answer.',
      ],
      [
        'hotel',
        'The staff were friendly enough. The room was filthy with hair in the shower and stains on the sheets. When we went down to ask for clean sheets there was no one at the front desk for half an hour.',
      ],
    ];
    for (const [profile, text] of cases)
      for (const reply of drafts(loadProfile(profile), text))
        expect(reply).not.toMatch(/\byou liked\b|went well|kind words about|good word for/);
  });
});

describe('a cheap meal at a venue', () => {
  it('is not told back as a fault', () => {
    const faults = toldFaults(
      'We wanted a cheap meal and the meal was cheap. The fries were soggy and cold.',
      'food_hospitality',
    );
    expect(faults ?? '').not.toMatch(/cheap/);
  });
});

describe('the remedy for a stay or a meal gone wrong throughout', () => {
  it('offers part of the stay back when housekeeping never came', () => {
    const text =
      'We stayed a week and had no housekeeping at all, not even fresh towels, although we asked at reception each morning.';
    for (const reply of drafts(loadProfile('hotel'), text))
      expect(reply).toMatch(/\brefund\b|\bback part of what your stay cost\b/);
  });

  it('refunds the meal rather than one dish when several went wrong', () => {
    const text =
      'The lamb was tough and the rice was stone cold. Our drinks took twenty minutes to arrive. For the price this was a poor night out.';
    for (const reply of drafts(loadProfile('restaurant'), text)) {
      expect(reply).not.toMatch(/\bthat dish\b|\bthe (?:lamb|rice)\b(?= within| inside)/);
    }
    expect(
      drafts(loadProfile('restaurant'), text).some((reply) => /\b(?:dishes that|your meal)\b/.test(reply)),
    ).toBe(true);
  });

  it('still ties the refund to the one dish that went wrong', () => {
    const text = 'Lovely evening, good service, but my soup came out cold and I had to send it back.';
    expect(
      drafts(loadProfile('restaurant'), text).some((reply) => /\b(?:that dish|the soup)\b/.test(reply)),
    ).toBe(true);
  });
});
