import { joinsAsOne, praiseContradicted } from '@rebound/server/drafting/compose-complaint';
import type { BusinessProfile } from '@rebound/server/drafting/index';
import { nameComplaints } from '@rebound/server/drafting/name-complaint';
import { toldFaults } from '@rebound/server/drafting/told-aspects';
import { describe, expect, it } from 'vitest';
import { everyWording, judged as loadProfile } from './remedy-helpers.ts';

const restaurant = loadProfile('restaurant');
const hotel = loadProfile('hotel');
const garage = loadProfile('auto');
const salon = loadProfile('salon');

/** Every wording the composer tries for one review, so a rule holds whichever is chosen. */
const drafts = (profile: BusinessProfile, text: string, rating = 2): string[] =>
  everyWording(profile, text, { rating, count: 4 });
type Group = Parameters<typeof nameComplaints>[1];
const named = (text: string, group: Group): string[] => nameComplaints(text, group).map((n) => n.clause);

describe('served out of turn', () => {
  const bakery =
    'I ordered a birthday cake and was told fifteen minutes. The two women behind me ordered after me. Ten minutes later the first woman behind me gets her cake. I ordered before both of them and nobody said sorry.';

  it('names customers who came after the reviewer being served first', () => {
    expect(named(bakery, 'food_hospitality')[0]).toBe('customers who came in after you were served first');
    const tables =
      'We sat down at seven. Two tables who came in after us were served before we were. Our food was fine once it came.';
    expect(named(tables, 'food_hospitality')[0]).toBe('customers who came in after you were served first');
  });

  it('tells it in the reply', () => {
    const text =
      'Waited at the counter for ages. The man behind me got his coffee first even though I was there first. Not impressed.';
    for (const reply of drafts(restaurant, text))
      expect(reply).toMatch(/came in after you were (?:served first|seen to before you)/);
  });

  it('does not read someone who simply came after as served first', () => {
    const text =
      'The couple who came in after us ordered the same pasta. Ours was cold and bland, and theirs looked no better.';
    expect(named(text, 'food_hospitality')).not.toContain(
      'customers who came in after you were served first',
    );
  });
});

describe('talked down to and ignored', () => {
  it('names a condescending manager who also ignored the reviewer', () => {
    const text =
      'The service manager was condescending from start to finish. He did not even acknowledge me when I asked about my car. They could not fix it anyway.';
    expect(named(text, 'trades_repairs')[0]).toBe('you were talked down to and ignored');
    for (const reply of drafts(garage, text, 1)) expect(reply).toMatch(/talked down to/);
  });

  it('names being talked down to on its own', () => {
    expect(named('The woman at the desk talked down to me the whole time.', 'food_hospitality')).toContain(
      'you were talked down to',
    );
  });

  it('does not read a customer who would never patronise a place, or staff talked down to, as the reviewer', () => {
    const neverAgain =
      'I will never patronize this place again. The room was far too hot and the food was cold.';
    const staff = 'The owner talks down to her staff in front of everyone. Our soup was cold.';
    for (const text of [neverAgain, staff]) {
      expect(named(text, 'food_hospitality')).not.toContain('you were talked down to');
      expect(named(text, 'food_hospitality')).not.toContain('you were talked down to and ignored');
    }
  });
});

describe('hotel-room faults named', () => {
  it('names smelly linens as the linens', () => {
    const text =
      'The room was big and the staff were friendly, but I could not get over the smelly linens. They smelled like old gym socks.';
    expect(named(text, 'food_hospitality')[0]).toBe('the linens smelled so bad');
    for (const reply of drafts(hotel, text)) expect(reply).toMatch(/linens/);
  });

  it('still says only that there was a bad smell where no part is named', () => {
    expect(named('There was a strange odour everywhere.', 'food_hospitality')[0]).toBe(
      'there was such a bad smell',
    );
  });

  it('names a dated hotel in need of a deep clean, and being kept awake by sirens', () => {
    const text =
      'The hotel seemed very dated and in need of a deep clean. I did not sleep at all due to the sirens outside.';
    const found = named(text, 'food_hospitality');
    expect(found[0]).toBe('the place was dated and in need of a good clean');
    expect(found).toContain('the noise kept you awake');
    for (const reply of drafts(hotel, text)) {
      expect(reply).not.toMatch(/in need of updating/);
      expect(reply).toMatch(/clean/);
    }
  });

  it('keeps a hotel that is only dated as worn, and a bad bed as no noise', () => {
    expect(named('The hotel was very dated.', 'food_hospitality')[0]).toBe('the place was so worn and dated');
    expect(
      named('I did not sleep at all because the mattress was so hard.', 'food_hospitality'),
    ).not.toContain('the noise kept you awake');
  });
});

describe('slow service beside friendly service', () => {
  const sushi =
    'The worst sushi place I have been to. Friendly service but the speed of sushi delivery is horrible. The rice is not sticky enough and falls apart.';

  it('names the slowness and does not say the service was liked', () => {
    expect(named(sushi, 'food_hospitality')).toContain('the service was so slow');
    for (const reply of drafts(restaurant, sushi)) {
      expect(reply).not.toMatch(/liked the service|the service went well/);
      expect(reply).toMatch(/slow|waiting so long/);
    }
  });

  it('reads praise of the service as contradicted only where the review complains of slowness', () => {
    expect(praiseContradicted('the service', 'Friendly service but everything was so slow.')).toBe(true);
    expect(praiseContradicted('the service', 'Friendly service, but the soup was cold.')).toBe(false);
  });

  it('joins a second grievance that says "far too" but not one that leans on the first with "too"', () => {
    expect(joinsAsOne('the food was such a letdown', 'the service was far too slow')).toBe(true);
    expect(joinsAsOne('the food was such a letdown', 'you were treated that way too')).toBe(false);
    expect(joinsAsOne('the food was such a letdown', 'the drinks were warm too')).toBe(false);
  });
});

describe('a wax done badly and in a hurry', () => {
  const text =
    'The girl doing my wax was cold from the start. She was in a haste to get me out. She did a terrible job on my wax and there were still hairs left everywhere.';

  it('names the wax and the hurry', () => {
    const found = named(text, 'health');
    expect(found).toContain('your wax was not done properly');
    expect(found).toContain('your appointment was rushed');
    for (const reply of drafts(salon, text)) expect(reply).toMatch(/wax|hurried|rushed/);
  });

  it('does not read a wax the reviewer liked, or a reviewer in a hurry, as a fault', () => {
    const liked = 'My wax was quick and painless. Sadly the front desk lost my booking the week after.';
    expect(named(liked, 'health')).not.toContain('your wax was not done properly');
    const hurried = 'I was in a hurry to get my nails done before a wedding, and they charged me twice.';
    expect(named(hurried, 'health')).not.toContain('your appointment was rushed');
  });
});

describe('a hotel’s hot tub and pool', () => {
  it('names a hot tub that did not work, and a murky pool as a fault', () => {
    expect(named('The hot tub did not work all weekend.', 'food_hospitality')).toContain(
      'the hot tub did not work',
    );
    const text = 'The bed was lumpy, the hot tub did not work, and the pool was murky.';
    expect(toldFaults(text, 'food_hospitality')).toMatch(/the pool was murky/);
  });

  it('tells a pool praised as no fault', () => {
    expect(toldFaults('The pool was lovely and clean.', 'food_hospitality')).toBeNull();
  });
});

describe('a cold welcome at the door', () => {
  it('names the staff at the door who met the reviewer with attitude', () => {
    const text =
      'The bartenders were lovely. But the two men at the door had an attitude problem and gave me dirty looks when I walked in.';
    expect(named(text, 'food_hospitality')).toContain('the welcome at the door was so cold');
    for (const reply of drafts(restaurant, text)) expect(reply).toMatch(/at the door/);
  });

  it('does not read a sign at the door as a welcome', () => {
    const text = 'The sign at the door says no booking needed, which is a lie. We waited an hour.';
    expect(named(text, 'food_hospitality')).not.toContain('the welcome at the door was so cold');
  });
});
