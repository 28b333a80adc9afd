import { composeDraft } from '@rebound/server/drafting/index';
import { productPraise } from '@rebound/server/drafting/thanks-praise';
import { occasionOf, tellsOfRegular } from '@rebound/server/drafting/thanks-subject';
import * as tw from '@rebound/server/drafting/thanks-wording';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { judged } from './remedy-helpers.ts';

const replies = (profileName: string, text: string, rating = 5, itemName?: string): string[] => {
  const profile = judged(profileName);
  const r = { author: null, rating, text, title: null, itemName };
  const triage = triageReview(r, { sectorGroup: sectorGroupOf(profile.sector) });
  return Array.from(
    { length: 8 },
    (_, variant) => composeDraft(r, triage, profile, { variant }).text.split('\n— ')[0] ?? '',
  );
};

describe('an occasion the place only suits is not one the reviewer had', () => {
  const suits =
    'This is an amazing place. The ambiance is great, casual enough for an after work rendezvous, but elegant enough for an anniversary dinner. The service is outstanding.';

  it('reads no occasion from advice to others', () => {
    expect(occasionOf(suits)).toBeNull();
    expect(occasionOf('It would make a lovely spot for a birthday party.')).toBeNull();
    for (const reply of replies('restaurant', suits)) expect(reply).not.toMatch(/anniversary/i);
  });

  it('still reads the occasion a reviewer came for (near miss)', () => {
    expect(occasionOf('We came for our anniversary dinner and loved it.')).toBe('the anniversary');
    expect(occasionOf('Perfect for a special night. We had a birthday lunch here.')).toBe('the birthday');
  });
});

describe('a regular is never asked in as if they had not been', () => {
  const regular =
    "I've been coming here for over a year now, every 2 weeks faithfully. My girl Lacky is the best in the shop. Everyone does great manicures and pedicures.";

  it('reads visits told by the span between them as a regular', () => {
    expect(tellsOfRegular('I come in every 2 weeks for my nails.', false)).toBe(true);
    expect(tellsOfRegular('We stop by every other Saturday.', false)).toBe(true);
  });

  it('does not read a span of time ago as a habit (near miss)', () => {
    expect(tellsOfRegular('I had my nails done two weeks ago and they were lovely.', false)).toBe(false);
  });

  it('closes without a first-visit invitation', () => {
    for (const reply of replies('salon', regular, 4))
      expect(tw.inviteFirstVisit.some((line) => reply.includes(line))).toBe(false);
  });

  it('still asks in someone who was given a present and never came (near miss)', () => {
    const given = replies(
      'bakery',
      'My niece brought home a carrot cake her friend had got her. Best cake I have had in years, moist and not too sweet.',
    );
    expect(given.some((reply) => tw.inviteFirstVisit.some((line) => reply.includes(line)))).toBe(true);
  });
});

describe('praise is named with the describing word the reviewer gave it', () => {
  it('names the clean power, not the power alone', () => {
    const all = replies(
      'electronics-store',
      'I bought this for the blackouts in my area. It runs my modem and PC for 5 minutes, enough to shut down. Equally important, I know my electronics are receiving clean power.',
      5,
      'APC Back-UPS ES 500 Backup Battery and Surge Protector',
    );
    expect(all.some((reply) => reply.includes('the clean power'))).toBe(true);
    for (const reply of all) expect(reply).not.toMatch(/(?<!clean )\bthe power\b/);
  });

  it('names the delicious risotto', () => {
    const all = replies('restaurant', 'The risotto was delicious. We will be back.');
    expect(all.some((reply) => reply.includes('the delicious risotto'))).toBe(true);
  });

  it('sets a word said of people only before people', () => {
    const all = replies(
      'hotel',
      'Very helpful and professional staff, clean and tidy rooms, comfortable bed, all we needed for our one night stay.',
    );
    for (const reply of all) expect(reply).not.toMatch(/\b(?:helpful|professional) rooms\b/);
    const staff = replies('shop', 'I was amazed by how knowledgeable and caring the staff was.');
    expect(staff.some((reply) => reply.includes('the knowledgeable and caring staff'))).toBe(true);
  });

  it('does not put a bare verdict before the noun (near miss)', () => {
    for (const reply of replies('restaurant', 'The risotto was great. We will be back.'))
      expect(reply).not.toMatch(/\bthe great risotto\b/);
  });
});

describe('a product called by its kind is praised for what the reviewer said of it', () => {
  it('reads "the headphones are very comfortable" as praise of the product', () => {
    const [praise] = productPraise(
      'I ordered these from a shop. Furthermore, the headphones are very comfortable and seem solidly made.',
      null,
      null,
    );
    expect(praise?.how).toBe('comfortable they are');
  });

  it('reads no praise from "comfortable enough" (near miss)', () => {
    expect(
      productPraise('The headphones are comfortable enough for an hour or so.', null, null).some((p) =>
        p.how?.startsWith('comfortable'),
      ),
    ).toBe(false);
  });
});
