import type { BusinessProfile } from '@rebound/server/drafting/index';
import { describe, expect, it } from 'vitest';
import { bodyOf, draftPage, type PageReview } from './happy-drafts.ts';
import { loadProfile } from './sample-drafts.ts';

const bodiesOf = (profile: BusinessProfile, items: readonly PageReview[]): string[] =>
  draftPage(profile, items).map(bodyOf);

// A page of one business's thank-yous is read together: a frame heard twice on it ("Your kind words about…" and
// "Your words on…", "the shout-out to…" and "the kind mention of…", "Thank you for saying how…" and "Thank you for
// letting others know how…") reads as a form, however the words around it change.

const heard = (page: readonly string[], frame: RegExp): number =>
  page.filter((reply) => frame.test(reply)).length;

const DISHES = [
  'The lobster fettuccine was rich and the bread warm.',
  'The chicken livers were silky and the pickles sharp.',
  'Loved the lamb shank. The mash was buttery.',
  'The fish tacos were fresh and the salsa had a kick.',
  'The carrot cake was moist and the coffee strong.',
  'Best ramen in town. The broth is deep and the noodles springy.',
  'The duck salad was crisp and the dressing bright.',
  'The pork belly was tender and the slaw crunchy.',
  'The crab cakes were golden and the aioli lovely.',
  'The gnocchi were light and the sage butter wonderful.',
];

const PRODUCTS: readonly PageReview[] = [
  { text: 'So easy to set up, it took two minutes.', title: 'Easy', itemName: 'Zento Wireless Router' },
  {
    text: 'It is so easy to use that my gran manages it.',
    title: 'Simple',
    itemName: 'Voltmark Photo Printer',
  },
  { text: 'Works great, no dropouts at all.', title: 'Solid', itemName: 'Acme FM Transmitter' },
  { text: 'They sound amazing for the price.', title: 'Great sound', itemName: 'Loudbox Bookshelf Speakers' },
  {
    text: 'Easy to install and it works perfectly.',
    title: 'Good card',
    itemName: 'Kingston 2GB Memory Card',
  },
  {
    text: 'Really easy to carry around and the battery lasts.',
    title: 'Handy',
    itemName: 'Pocket MP3 Player',
  },
  { text: 'This scanner works flawlessly every day.', title: 'Reliable', itemName: 'Canon Flatbed Scanner' },
  { text: 'Simple to connect and the picture is sharp.', title: 'Great TV', itemName: 'Sharp 32in LCD TV' },
];

describe('a page of thank-yous never repeats a frame of thanks', () => {
  it('says "your words about…" or "much appreciated" at most once on a restaurant page', () => {
    const page = bodiesOf(
      loadProfile('restaurant'),
      DISHES.map((text) => ({ text })),
    );
    expect(
      heard(page, /\byour (?:kind )?(?:words|praise) (?:about|on|for)\b|\bmuch appreciated\b/i),
    ).toBeLessThanOrEqual(1);
    expect(
      heard(page, /\bshout-out\b|\bkind mention\b|\bnod to\b|\bthumbs-up\b|\bspotlight\b/i),
    ).toBeLessThanOrEqual(1);
  });

  it('thanks a shop reviewer "for saying how…" at most once in a page of product notes', () => {
    const page = bodiesOf(loadProfile('electronics'), PRODUCTS);
    expect(heard(page, /\b(?:Thank you|Thanks|Many thanks) for (?:[\w-]+ ){1,5}how\b/i)).toBeLessThanOrEqual(
      1,
    );
  });
});

describe('a page of product notes does not tell every praise back as "how…"', () => {
  it('never tells the praise back as "how easy it is", "how well it works" in three notes running', () => {
    const page = bodiesOf(loadProfile('electronics'), PRODUCTS);
    const told = page.map((reply) => /\bhow [a-z]+ (?:the|it|they|your|our)\b/i.test(reply));
    const runs = told.filter((t, i) => t && told[i - 1] && told[i - 2]).length;
    expect(runs).toBe(0);
  });
});
