import { type BusinessProfile, composeDraft } from '@rebound/server/drafting/index';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { judgedProfile } from './judged/profile.ts';

// An apology opens plainly: never a ruling on the grievance or on the reviewer's feelings ("You have every reason to
// be unhappy that …", "That … is not good enough", "It is not right that …", "I regret that you left feeling …"), nor a
// stock line of standards or of how things turned out. A second grievance or a follow-up is told without an "as well"
// that leans on nothing.

const restaurant = judgedProfile('restaurant');
const hotel = judgedProfile('hotel');
const electronics = judgedProfile('electronics-store');

/** Every wording of one review's reply the composer can give, one a variant. */
function variants(profile: BusinessProfile, text: string, count = 40): string[] {
  const r = { author: null, rating: 1, text, title: null };
  const triage = triageReview(r, { sectorGroup: sectorGroupOf(profile.sector) });
  return Array.from({ length: count }, (_, variant) => composeDraft(r, triage, profile, { variant }).text);
}

const OVERBLOWN =
  /\bevery reason to be unhappy\b|\bis not good enough, and I apologi[sz]e\b|\bIt is not right that\b|\bnot the standard (?:we hold ourselves to|you should get from us)\b|\bthe way things turned out\b|\bI regret that you\b[^.]*\bfeel/;
const LEANS_ON_NOTHING = /\bas well\.|\bas well,? and\b/;

const cases: ReadonlyArray<readonly [BusinessProfile, string]> = [
  [restaurant, 'The gnocchi was gummy and the sauce was far too salty.'],
  [restaurant, 'We were rushed out of our table before dessert and left feeling cheated.'],
  [restaurant, 'Awful night out. Never again.'],
  [hotel, 'The shower was cold every morning and the front desk was rude when we mentioned it.'],
  [hotel, 'The room was tiny and the walls were so thin we heard every word next door.'],
  [electronics, 'The card does not work in my camera at all.'],
  [electronics, 'The build quality is poor and the buttons stick.'],
  [
    electronics,
    'The amplifier has a loud hum through both speakers even with nothing playing, and it gets worse as the volume goes up. I tried other cables and another outlet and the hum is still there.',
  ],
];
const replies = cases.flatMap(([profile, text]) => variants(profile, text));

describe('the apology’s opening', () => {
  it('is never a ruling on the grievance or the reviewer’s feelings, nor a stock line of standards', () => {
    const found = replies.filter((reply) => OVERBLOWN.test(reply));
    expect(found, found.join('\n\n')).toEqual([]);
  });

  it('still names the grievance, and still opens in more than the commonest words', () => {
    const salty = variants(restaurant, 'The pizza was so salty we could not finish it.');
    expect(salty.filter((reply) => /\bsalty\b/.test(reply)).length).toBeGreaterThan(salty.length / 2);
    const openings = new Set(salty.map((reply) => reply.split(/\s+/).slice(0, 3).join(' ')));
    expect(openings.size).toBeGreaterThan(5);
  });

  it('still says "I regret that …" of a grievance that is a thing, not a feeling', () => {
    const regret = cases
      .filter(([, text]) => !/\bfeeling\b/.test(text))
      .flatMap(([profile, text]) => variants(profile, text, 60));
    expect(regret.some((reply) => /\bI regret that (?!you\b)/.test(reply))).toBe(true);
  });
});

describe('a second grievance and what we will do beyond the remedy', () => {
  it('never end on an "as well" that leans on nothing', () => {
    const found = replies.filter((reply) => LEANS_ON_NOTHING.test(reply));
    expect(found, found.join('\n\n')).toEqual([]);
  });

  it('are still told: two grievances in one apology, and the stock of a humming model checked', () => {
    expect(replies.some((reply) => /\bthat [^.]*, and that [^.]*\./.test(reply))).toBe(true);
    expect(replies.some((reply) => /\bunits of this model we still hold checked\b/.test(reply))).toBe(true);
  });
});
