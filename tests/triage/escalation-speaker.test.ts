import { composeDraft } from '@rebound/server/drafting/index';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import type { IncidentKind, SectorGroup } from '@rebound/shared';
import { describe, expect, it } from 'vitest';
import { loadProfile } from '../drafting/sample-drafts.ts';

const reasonsFor = (text: string, sectorGroup: SectorGroup, rating = 1) =>
  triageReview({ rating, text }, { sectorGroup }).escalation.reasons;

describe('discrimination is escalated when staff treated someone differently or said the bigoted words', () => {
  const cases: Array<[SectorGroup, string]> = [
    // Staff speaking: a slur, a people called trash, "you people", "go back to your country".
    ['food_hospitality', 'The manager called my husband a wetback and told us to leave.'],
    ['food_hospitality', 'When we asked about the tea charge the owner laughed and called us Mexican trash.'],
    ['retail', 'The cashier muttered "you people" under her breath when I asked for a bag.'],
    ['food_hospitality', 'One of the staff told my mother to go back to her own country.'],
    ['food_hospitality', 'The bartender used a racial slur at my friend when she asked for water.'],
    ['retail', 'The security guard called my son the n-word in front of everyone.'],
    // The reviewer, or someone with them, treated differently for who they are.
    ['retail', 'The clerk followed me around the store because I am black.'],
    ['food_hospitality', 'They refused to seat my cousin because she is Muslim.'],
    ['health', 'The receptionist ignored me and spoke only to my husband, because of my headscarf.'],
    ['food_hospitality', 'The host seated the white customers but we were ignored for half an hour.'],
    ['food_hospitality', 'The owner is a racist and served every other table before ours.'],
  ];
  it.each(cases)('%s: %s', (group, text) => {
    expect(reasonsFor(text, group)).toContain('discrimination');
  });
});

describe('the reviewer’s own remarks about a people, an accent or a skin colour are no discrimination incident', () => {
  const cases: Array<[SectorGroup, string]> = [
    [
      'food_hospitality',
      'They added a surprise charge for the tea, I guess that is the Vietnamese way of doing business.',
    ],
    ['food_hospitality', 'Tea is extra and nobody tells you. Must be the Indian way, I suppose.'],
    [
      'food_hospitality',
      'The waiter barely spoke English and I could not follow the order because of his accent.',
    ],
    ['food_hospitality', 'The food was bland because they are Indian and do not know our taste.'],
    ['food_hospitality', 'Call me racist, but the new staff never get a simple order right.'],
    ['food_hospitality', 'I am no racist, but the Mexican thugs at the next table were too loud.'],
    ['retail', 'Asian people were everywhere and the checkout took ages.'],
    ['health', 'The makeup artist matched my skin colour perfectly and the lashes lasted a week.'],
    ['health', 'I booked the gentle class because I am old and my knees are bad.'],
    ['health', 'The dentist retired due to his age and the new one is slow.'],
    // Staff speaking of their own custom, or saying "you people" to a table, sneer at nobody.
    [
      'food_hospitality',
      'The waiter said it is the Korean way to share every dish, and the food was lovely.',
    ],
    ['food_hospitality', 'She said you people can sit anywhere you like.'],
  ];
  it.each(cases)('%s: %s', (group, text) => {
    expect(reasonsFor(text, group)).not.toContain('discrimination');
  });

  it('answers a hidden charge told with a stereotype as a price complaint, not as mistreatment', () => {
    const profile = loadProfile('restaurant');
    const review = {
      author: 'Sam P.',
      rating: 2,
      text: 'Nice noodles, but they charged us for tea we never asked for and did not tell us. It’s the Chinese way, I guess.',
    };
    const triaged = triageReview(review, { sectorGroup: sectorGroupOf(profile.sector) });
    expect(triaged.escalation.escalate).toBe(false);
    const draft = composeDraft(review, triaged, profile);
    expect(draft.kind).not.toBe('holding');
    expect(draft.text).not.toMatch(/treated that way|discriminat/i);
  });
});

describe('a guest followed, watched, filmed or touched is a safety matter, whatever the stars', () => {
  const cases: Array<[SectorGroup, string, number]> = [
    ['health', 'A man followed me into the women’s locker room and watched me change.', 1],
    [
      'health',
      'Great classes and a clean pool, but one of the trainers kept watching me in the changing room.',
      4,
    ],
    ['health', 'Lovely spa. Sadly someone was filming in the locker room showers.', 4],
    ['health', 'An older member keeps staring at me in the sauna.', 3],
    ['health', 'A member was taking pictures of women in the changing room and staff did nothing.', 4],
    ['food_hospitality', 'A drunk guest followed me to my room and banged on the door for an hour.', 3],
    ['food_hospitality', 'The night porter followed me into the lift and asked for my room number.', 2],
    ['health', 'The masseur touched my breasts during the massage.', 2],
    ['health', 'He touched my inner thigh and laughed it off.', 1],
    ['health', 'A man exposed himself in the steam room.', 3],
    ['food_hospitality', 'We found a hidden camera in the smoke detector in the bathroom.', 1],
    ['health', 'The cleaner walked in on me while I was getting changed and just stood there.', 2],
    ['health', 'I was sexually harassed by an instructor after class.', 1],
    ['health', 'I was followed into the changing room by a man from the front desk.', 2],
  ];
  it.each(cases)('%s: %s (%i stars)', (group, text, rating) => {
    const triaged = triageReview({ rating, text }, { sectorGroup: group });
    expect(triaged.escalation.reasons).toContain<IncidentKind>('harassment');
    expect(triaged.escalation.escalate).toBe(true);
  });
});

describe('following, watching and locker rooms in ordinary reviews are not escalated', () => {
  const cases: Array<[SectorGroup, string]> = [
    ['health', 'The manager followed up with me the next day and sorted the billing.'],
    ['health', 'The locker room was dirty and the showers were cold.'],
    ['health', 'I followed the instructions on the machine and it still broke.'],
    ['health', 'The attendant watched my kids while I showered, which was kind.'],
    ['health', 'She followed me to my car to hand me the bag I had left in the sauna.'],
    ['health', 'I took photos of the mould in the showers and sent them to the manager.'],
    ['health', 'The trainer watched my form and followed me around the gym floor, which was great.'],
    ['health', 'I watched the sunset from the sauna.'],
    ['food_hospitality', 'I watched him wash his hands in the bathroom sink and go back to the kitchen.'],
    ['health', 'I was watching my kids in the shower area when a lifeguard shouted at them.'],
    ['food_hospitality', 'No one followed up after I complained about the bathroom.'],
    ['retail', 'This hidden camera works well and the app is easy to set up.'],
    ['health', 'The physio touched my back gently and explained every stretch.'],
    ['trades_repairs', 'The salesman stalked us around the showroom the moment we walked in.'],
    ['health', 'The gym kept calling me to renew my membership after I cancelled.'],
  ];
  it.each(cases)('%s: %s', (group, text) => {
    expect(reasonsFor(text, group)).not.toContain('harassment');
  });
});
