import { describe as describePraise, productPraise } from '@rebound/server/drafting/thanks-praise';
import * as tw from '@rebound/server/drafting/thanks-wording';
import { describe, expect, it } from 'vitest';
import { draftPage } from './happy-drafts.ts';
import { loadProfile } from './sample-drafts.ts';

// Frames of a thank-you that read as stitched or as lifted from a complaint reply: "how good value the case is",
// "come in with it any time", "there is always someone here to talk things over", a stock "I read this one with real
// interest" on a two-line review, and a close that says "We are glad" after an opening that was glad already.

const shop = loadProfile('electronics');
// Every wording the module holds, in lists or in lists by trade.
const stringsIn = (x: unknown): string[] =>
  typeof x === 'string'
    ? [x]
    : Array.isArray(x) || (x && typeof x === 'object')
      ? Object.values(x).flatMap(stringsIn)
      : [];
const lines = Object.values(tw).flatMap(stringsIn);

const REVIEWS = [
  { text: 'Great value for your money. Works every time I plug it in.', itemName: 'Tana Laptop Case' },
  { text: 'Worth every penny, and it arrived quickly.', itemName: 'Pipa Card Reader' },
  { text: 'Sound is clear and the bass is deep. Recommended.', itemName: 'Orla Speakers' },
  { text: 'Set it up in five minutes and the wifi reaches the garden now.', itemName: 'Kite Router' },
  { text: 'Does the job. Cable lies flat along the skirting.', itemName: 'Pell HDMI Cable' },
  { text: 'The picture is sharp and the menus are easy to use.', itemName: 'Vela Camera' },
  { text: 'Good price, arrived on time, works fine.', itemName: 'Tana USB Charger' },
  { text: 'Very comfortable headset and the microphone is clear on calls.', itemName: 'Orla Headset' },
];

describe('praise of the price told back as a noun phrase', () => {
  it('is told as "how good a buy the case is", never "how good value" nor "what good value the case is"', () => {
    const [p] = productPraise('Great value for your money. Works every time.', null, 'the case');
    expect(p && describePraise(p, 'present')).toBe('how good a buy the case is');
    const [pair] = productPraise('Great value for your money. Works every time.', null, 'the cables');
    expect(pair && describePraise(pair, 'present')).toBe('how good a buy the cables are');
  });

  it('keeps "how" for a described quality (near miss)', () => {
    const [p] = productPraise('So easy to set up, took two minutes.', null, 'the router');
    expect(p && describePraise(p, 'present')).toMatch(/^how easy/);
  });

  it('is told another way where the page said "how good a buy" lately, and the least used way after that', () => {
    const [p] = productPraise('Great value for your money. Works every time.', null, 'the case');
    const [pair] = productPraise('Great value for your money. Works every time.', null, 'the cables');
    const buy = 'I am so glad to hear how good a buy the card is.';
    expect(p && describePraise(p, 'present', [buy])).toBe('how little the case costs for what it does');
    expect(pair && describePraise(pair, 'present', [buy])).toBe(
      'how little the cables cost for what they do',
    );
    const cost = 'Thank you for writing about how little the charger costs for what it does.';
    expect(p && describePraise(p, 'present', [buy, cost])).toBe('how far the money goes with the case');
    const far = 'Many thanks for describing how far the money goes with the hub.';
    expect(p && describePraise(p, 'present', [buy, cost, far])).toBe('how good a buy the case is');
  });

  it('keeps "how good a buy" where no recent reply said it (near miss)', () => {
    const [p] = productPraise('Great value for your money. Works every time.', null, 'the case');
    const other = 'Thank you for writing about how well the hub works.';
    expect(p && describePraise(p, 'present', [other])).toBe('how good a buy the case is');
  });

  it('tells praise of the price three ways across a page of shop replies', () => {
    const cheap = ['Tana Laptop Case', 'Pipa Card Reader', 'Orla Speaker Stand'].map((itemName) => ({
      text: 'Great value for your money. Works every time I plug it in.',
      itemName,
    }));
    const page = draftPage(shop, cheap).join(' ');
    expect(page).toMatch(/how good a buy/);
    expect(page).toMatch(/for what (?:it|they) do/);
    expect(page).toMatch(/how far the money goes/);
  });

  it('never reads "how good value" on a page of shop replies', () => {
    for (const reply of draftPage(shop, REVIEWS)) expect(reply).not.toMatch(/\bhow good value\b/);
  });
});

describe('stitched and complaint-style lines are not in the thank-you pools', () => {
  // Lines readers found stitched: "a review that found room for the fries", "staying on form for the people who know us
  // best", "work that does what you needed", "passed round the team with pride", "see you at the next service".
  it('has no close that talks things over, or comes in "with it", and none of the stitched lines', () => {
    for (const line of lines) {
      expect(line).not.toMatch(
        /talk things over|come in with \{item\}|real interest|balanced view of|found room for|on form for|Work that does what|passed round the team|next service/,
      );
    }
  });

  it('keeps one settings close and one close that asks the buyer in to see what is new (near miss)', () => {
    expect(tw.productInviteSettings.some((l) => /settings or set-up/.test(l))).toBe(true);
    expect(tw.productInvite.some((l) => /see what is new/.test(l))).toBe(true);
  });

  // Lines readers took amiss under a happy review: a "second opinion" is what a doubtful customer seeks, "always good
  // to chat" presumes a chat an online buyer never had, "look after yourself" reads as said to someone unwell, and
  // "makes this a review people can trust" grades the reviewer's honesty, as "a thoughtful review" oversells a line
  // or two.
  it('has no close offering a second opinion or a chat, no "look after yourself" and no grading of the review', () => {
    for (const line of lines) {
      expect(line).not.toMatch(
        /second opinion|good to chat|Look after yourself|review people can trust|thoughtful review/i,
      );
    }
    // Near miss: the shop still asks the buyer back and still wishes them well.
    expect(tw.productInvite.some((l) => /\bcall in again\b/.test(l))).toBe(true);
    expect(tw.wishClose.some((l) => /every good wish/i.test(l))).toBe(true);
  });

  it('has no close for a product of ours that says "glad" again', () => {
    for (const line of tw.productInviteOurs) expect(line).not.toMatch(/\bglad\b/);
  });

  it('says "kit" and "generous" on at most one reply of a page', () => {
    const page = draftPage(shop, [
      ...REVIEWS,
      ...REVIEWS.map((r) => ({ ...r, itemName: `${r.itemName} Pro` })),
    ]);
    expect(page.filter((r) => /\bkit\b/.test(r)).length).toBeLessThanOrEqual(2);
    expect(page.filter((r) => /\bgenerous\b/.test(r)).length).toBeLessThanOrEqual(1);
    for (const reply of page) expect(reply).not.toMatch(/\bglad\b[\s\S]*\bWe are glad\b/);
  });
});
