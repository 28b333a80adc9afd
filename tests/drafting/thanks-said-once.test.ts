import { type BusinessProfile, composeDraft } from '@rebound/server/drafting/index';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { bodyOf } from './happy-drafts.ts';
import { loadProfile } from './sample-drafts.ts';

const reply = (profile: BusinessProfile, text: string, variant: number, itemName: string | null = null) => {
  const review = { author: null, rating: 5, text, title: null, itemName };
  return bodyOf(
    composeDraft(review, triageReview(review, { sectorGroup: sectorGroupOf(profile.sector) }), profile, {
      variant,
    }).text,
  );
};
const count = (text: string, phrase: RegExp) => text.match(new RegExp(phrase, 'gi'))?.length ?? 0;
const variants = Array.from({ length: 16 }, (_, i) => i);

// A thing named twice in one short note reads as a form filled in: each is named once.
describe('a thank-you names each thing once', () => {
  it('never names the praised dishes again in the invitation', () => {
    const restaurant = loadProfile('restaurant');
    const text = 'The lamb shank was so tender and the lemon tart was delicious. Lovely evening.';
    const drafts = variants.map((v) => reply(restaurant, text, v));
    expect(drafts.some((d) => /lamb shank/i.test(d))).toBe(true);
    for (const draft of drafts) expect(count(draft, /lamb shank/), draft).toBeLessThanOrEqual(1);
  });

  it('names a praised part of a product once, beside the praise of the whole', () => {
    const shop = loadProfile('electronics-store');
    const text =
      'Sound quality is very good, and the battery lasts. Answering machine works well. Easy to copy phonebook entries between the handsets.';
    const drafts = variants.map((v) =>
      reply(shop, text, v, 'Panasonic KX-TG5673B Digital Cordless Telephone'),
    );
    for (const draft of drafts) expect(count(draft, /sound quality/), draft).toBeLessThanOrEqual(1);
  });

  it('names the team once when the staff were the praise', () => {
    const shop = loadProfile('shop');
    const texts = [
      'Very nice people here, always ready to help me find things.',
      'The staff were so friendly and helpful, and the shop is spotless.',
    ];
    for (const text of texts)
      for (const draft of variants.map((v) => reply(shop, text, v)))
        expect(count(draft, /\bteam\b/), draft).toBeLessThanOrEqual(1);
  });
});

describe('a thank-you hands the praise on once', () => {
  // A quibble passed to the kitchen is another matter; only lines handing on the praise count.
  const handOns = /\b(?:team|staff|everyone here)\b|\bSarah\b/gi;
  it('does not add a line for the team after handing the praise to a person or to the staff', () => {
    const cases: Array<[string, string]> = [
      [
        'restaurant',
        'Sarah looked after us so well and the ravioli was lovely. The bread pudding was a little burnt.',
      ],
      [
        'hotel',
        'Our room was clean and the bed was comfy. The shuttle from the airport never turned up, sadly.',
      ],
    ];
    for (const [kind, text] of cases)
      for (const draft of variants.map((v) => reply(loadProfile(kind), text, v))) {
        const sentences = draft.split(/(?<=[.!?])\s+/).filter((s) => handOns.test(s));
        handOns.lastIndex = 0;
        expect(sentences.length, draft).toBeLessThanOrEqual(1);
      }
  });
});

describe('a product thank-you offers only help that fits the product', () => {
  it('never offers help with settings or set-up for batteries or a cable', () => {
    const shop = loadProfile('electronics');
    const cases: Array<[string, string]> = [
      [
        'These rechargeables hold their charge for weeks. Great value.',
        'Energizer Rechargeable AA Batteries (Four-pack)',
      ],
      ['Solid cable, the picture is sharp and it fits snugly.', 'Belkin Gold Series HDMI Cable'],
    ];
    for (const [text, item] of cases)
      for (const draft of variants.map((v) => reply(shop, text, v, item)))
        expect(draft).not.toMatch(/\bset-?up\b|\bsettings\b/i);
  });
});

describe('thank-you wording', () => {
  it('never counts the stars: the same line goes to four-star and five-star reviews', async () => {
    const pools = Object.values(await import('@rebound/server/drafting/thanks-wording')).filter(
      Array.isArray,
    );
    expect(pools.length).toBeGreaterThan(10);
    for (const line of pools.flat()) expect(String(line)).not.toMatch(/\b(?:five|four|5|4)[- ]star/i);
  });
});
