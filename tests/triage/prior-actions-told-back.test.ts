import { describe, expect, it } from 'vitest';
import { triageReview } from '../../server/src/triage/index.ts';
import { binnedGoods } from '../../server/src/triage/situation/prior-actions.ts';

const actionsOf = (text: string) =>
  triageReview({ rating: 1, text }, { sectorGroup: 'retail' }).situation.priorActions;

describe('goods sent back as someone advised, or gladly', () => {
  it.each([
    'I rang Zentek support and they suggested returning the unit for a replacement or a refund, so I did.',
    'Would not pair with anything. Good thing I could return it.',
    'Luckily I was able to return them the same week.',
  ])('reads %j as returned', (text) => {
    expect(actionsOf(text)).toContain('returned');
  });

  it.each([
    'They suggested returning it, but I never got round to it.',
    'I could return it, but the postage costs more than it did.',
    'I returned it for a replacement.',
  ])('does not read %j as goods sent back for good (near miss)', (text) => {
    expect(actionsOf(text)).not.toContain('returned');
  });
});

describe('a return the shop refused', () => {
  it('is not read as goods returned', () => {
    const text =
      'The boots rubbed my heels raw, so I took them back the next morning. I was told the shop does not take returns.';
    expect(actionsOf(text)).not.toContain('returned');
  });

  it.each([
    'I took the kettle back the next day. Their policy is no returns on opened boxes, but they made an exception.',
    'I returned it the next day. They did not give me a refund for two weeks.',
  ])('still reads %j as returned (near miss)', (text) => {
    expect(actionsOf(text)).toContain('returned');
  });
});

describe('replacements told by count', () => {
  it.each([
    'Within a year I have replaced this printer three times, and every one shows the same error.',
    'This is my fourth replacement and it jammed on the first page.',
  ])('reads %j as a replacement that failed', (text) => {
    expect(actionsOf(text)).toContain('replacement_failed');
  });

  it.each([
    'I have replaced the batteries three times in a month.',
    'The third unit has been fine for a year.',
  ])('does not read %j as a failed replacement (near miss)', (text) => {
    expect(actionsOf(text)).not.toContain('replacement_failed');
  });
});

describe("the maker's support, by name", () => {
  it.each([
    "I'm currently working with Brightview to get it repaired, and I pay the postage.",
    'I talked to Zentek support for an hour.',
  ])('reads %j as having contacted support', (text) => {
    expect(actionsOf(text)).toContain('contacted_support');
  });

  it('does not read talking to a relative as contacting support (near miss)', () => {
    expect(actionsOf('I talked to my brother about it and he agreed it was junk.')).not.toContain(
      'contacted_support',
    );
  });
});

describe('goods told as gone to the bin', () => {
  it.each([
    'It will not even switch on. It goes in the trash.',
    'Now it is landfill.',
    'Into the bin it went.',
  ])('reads %j as in the bin', (text) => {
    expect(binnedGoods(text)).toBe(true);
  });

  it.each([
    'If it breaks again it goes in the trash.',
    'The packaging went in the trash.',
    'It belongs in the trash.',
  ])('does not read %j as in the bin (near miss)', (text) => {
    expect(binnedGoods(text)).toBe(false);
  });
});

describe('a return still only planned, or one of its own', () => {
  it.each([
    'I may give the other brand a try and take this one back.',
    'We might order the bigger model and send this one back.',
    'He advised me to send it back.',
  ])('does not read %j as returned', (text) => {
    expect(actionsOf(text)).not.toContain('returned');
  });

  it.each([
    'I would not recommend it, and I returned it.',
    'I would not recommend it and I returned it.',
    'I will never buy this brand again and returned it the same day.',
  ])('still reads %j as returned (near miss)', (text) => {
    expect(actionsOf(text)).toContain('returned');
  });
});
