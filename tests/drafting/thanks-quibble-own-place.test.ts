import { composeDraft } from '@rebound/server/drafting/index';
import { itemNoun } from '@rebound/server/drafting/item-noun';
import { readQuibble } from '@rebound/server/drafting/read-quibble';
import { productNoun } from '@rebound/server/drafting/thanks-subject';
import * as tw from '@rebound/server/drafting/thanks-wording';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { body, everyWording, judged } from './remedy-helpers.ts';

// What a happy reviewer's reply may tell back as their point: a fault of what they had, in words that name it. Where
// they use the thing (their barn) and a clause that only points ("it is a bit lacking here") are neither.

const barn =
  'I have been using these fans for the stalls in our horse barn for years. It keeps the flies away and cools down ' +
  'the whole barn. The barn is dusty and the fans collect a lot of dirt. I wash them down each year and they are ' +
  "like new. They are a little noisy, but the horses don't care.";

describe("a fault of the reviewer's own place", () => {
  it('is not their quibble: the one they raise about the product is', () => {
    const q = readQuibble(barn, null);
    expect(q.found && q.sentence).toMatch(/noisy/);
    for (const draft of everyWording(judged('electronics-store'), barn, { rating: 5, count: 8 }))
      expect(draft).not.toMatch(/\bbarn\b|cleanliness|dust/i);
  });

  it('still reads a place that is ours as the fault (near miss)', () => {
    const text = 'Lovely rooms and a great breakfast. The garden is overgrown and needs some work though.';
    const q = readQuibble(text, null);
    expect(q.found && q.sentence).toMatch(/garden/);
  });
});

describe('a quibble clause that only points', () => {
  const lacking =
    'Comfortable and secure, I would not be without it. If the maker reads this, the attachment could be ' +
    "better on an accessory of this price; you normally pay attention to detail and it's a bit lacking here.";
  it.each([
    ['"here" for the thing', lacking],
    [
      'no thing at all',
      'Great sound and easy pairing. You might have to repeat the pairing two or three times and it is a bit annoying.',
    ],
  ])('is not told back when it has %s', (_kind, text) => {
    for (const draft of everyWording(judged('electronics-store'), text, { rating: 4, count: 8 }))
      expect(draft).not.toMatch(/\bit is a bit (?:lacking|annoying)\b|lacking here/i);
  });

  it('still tells back a plain point with "it" as its subject (near miss)', () => {
    const text =
      'Great sound quality and the video is smooth. The unit is not perfect, it does freeze occasionally, but the reset always works.';
    const drafts = everyWording(judged('electronics-store'), text, { rating: 5, count: 8 });
    expect(drafts.some((d) => /\bit freezes\b/i.test(d))).toBe(true);
  });
});

describe("the listing's word for the product", () => {
  it('reads a strap and a fan as what they are, past a model code and a word that is no maker', () => {
    expect(itemNoun('Hand Strap E1: Electronics')).toBe('the strap');
    expect(itemNoun('Lasko 20" Gray Box Fan: Electronics')).toBe('the Lasko fan');
    // Near misses: a laptop cooler stays a cooler, and a player's model code before its kind changes nothing.
    expect(itemNoun('Targus Notebook Chill Mat Cooler')).toBe('the Targus cooler');
    expect(itemNoun('SanDisk Sansa e250 2 GB MP3 Player')).toBe('the SanDisk player');
  });

  it('reads past what comes with the product, a two-word maker and a word that is no maker', () => {
    expect(itemNoun('Garmin Suction Cup Mount including speaker w/12V cable (iQue 3600 not included)')).toBe(
      'the Garmin mount',
    );
    expect(itemNoun('Sennheiser HD 205 Studio Monitor DJ Headphones w/ Swivel Ear Cup')).toBe(
      'the Sennheiser headphones',
    );
    expect(itemNoun('Northwestern Bell 76510 Corded Speakerphone with Caller ID')).toBe(
      'the Northwestern Bell phone',
    );
    expect(itemNoun('By HandHelditems Travel/ Wall Charger w/ IC Chip for Apple iPod')).toBe('the charger');
    expect(itemNoun('Western Digital 80 GB Passport 2.5-inch External Hard Drive')).toBe(
      'the Western Digital hard drive',
    );
    expect(itemNoun('Hewlett Packard 49G+ Graphing Calculator: Electronics')).toBe(
      'the Hewlett Packard calculator',
    );
    // Near miss: a maker with no second word keeps its one word.
    expect(itemNoun('Belkin Auto Kit Charger for iPod')).toBe('the Belkin charger');
  });

  it('takes no device the title says the product is used with for the product', () => {
    expect(
      productNoun('I would not be without it.', 'Almost a must, if you use the battery grip'),
    ).toBeNull();
    // Near miss: a battery the title praises is the product.
    expect(productNoun('Lasts for days.', 'Great battery for the price')).toBe('the battery');
  });

  it('thanks the owner of a hand strap for the strap, not for the battery grip it is used with', () => {
    const profile = judged('electronics-store');
    const r = {
      author: null,
      rating: 4,
      title: 'Almost a must, if you use the battery grip',
      text: 'I would not be without this. With the battery grip and this in place the camera is much more secure and comfortable to hold.',
      itemName: 'Hand Strap E1: Electronics',
    };
    const triage = triageReview(r, { sectorGroup: sectorGroupOf(profile.sector) });
    const drafts = Array.from({ length: 8 }, (_, variant) =>
      body(composeDraft(r, triage, profile, { variant }).text),
    );
    for (const draft of drafts) expect(draft).not.toMatch(/\bthe battery\b(?! grip)/i);
    expect(drafts.some((d) => /\bthe strap\b/.test(d))).toBe(true);
  });
});

describe('stock lines for a happy reviewer', () => {
  it('never lectures that "a balanced review is the most useful kind"', () => {
    for (const pool of [tw.quibbleNotOurs, tw.quibbleNoun, tw.quibbleClauseNotOurs])
      for (const line of pool) expect(line).not.toMatch(/most useful kind/i);
    // Near miss: the pool still names the point.
    expect(tw.quibbleNotOurs.every((line) => line.includes('{n}'))).toBe(true);
  });
});

describe('a point about what we stopped doing, with a word in quotes', () => {
  const text =
    "Love this gym, I have been a member since 2009. Pretty disappointed that they no longer do monthly 're-programs'... " +
    'But the gym itself is worth the monthly fee.';
  const drafts = everyWording(judged('gym'), text, { rating: 5, count: 8 });

  it('is told back without the quotes, as a point taken rather than news to us', () => {
    expect(drafts.some((d) => /we no longer do monthly re-programs/.test(d))).toBe(true);
    for (const draft of drafts) {
      expect(draft).not.toMatch(/'re-programs'/);
      expect(draft).not.toMatch(/(?:told us|telling us|pointing out) (?:that )?we no longer/);
    }
  });

  it('still thanks a reviewer for telling us of a fault of the place (near miss)', () => {
    const other = everyWording(
      judged('gym'),
      'Great classes and friendly trainers. Only issue was the showers were cold.',
      { rating: 4, count: 12 },
    );
    expect(other.some((d) => /cold showers|showers were cold/.test(d))).toBe(true);
  });
});
