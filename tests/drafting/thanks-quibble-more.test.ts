import { readQuibble } from '@rebound/server/drafting/read-quibble';
import * as tw from '@rebound/server/drafting/thanks-wording';
import { describe, expect, it } from 'vitest';
import { replyTo } from './sample-drafts.ts';

// Lines said about the whole of a visit or a purchase, whatever the review says of how it compared with the hopes.
const WHOLE_POOLS = {
  gladThing: tw.gladThing,
  gladGeneral: tw.gladGeneral,
  gladMostly: tw.gladMostly,
  gladProduct: tw.gladProduct,
  gladProductGeneric: tw.gladProductGeneric,
  gladProductOverall: tw.gladProductOverall,
};

describe('lines about the whole never say what the reviewer expected', () => {
  // A guest who "was not expecting much" and was surprised, or whose pasta "was not as good as I was expecting",
  // did not have their hopes met: a line that says so contradicts them.
  it.each(Object.entries(WHOLE_POOLS))('%s', (_, pool) => {
    for (const line of pool)
      expect(line).not.toMatch(
        /\blived? up\b|\blive\{s\} up\b|\bwhat you hoped\b|\byour hopes\b|\bthe way you hoped\b/i,
      );
    // Each pool keeps its size, so a page of replies still varies.
    expect(pool.length).toBeGreaterThanOrEqual(4);
  });

  it('still has lines glad of the visit that claim only that the reviewer was pleased', () => {
    expect(tw.gladGeneral).toContain('Knowing you came away happy means a great deal to all of us.');
  });
});

describe('lines about a product beside a point raised never call it good value', () => {
  // "The cartridges cost too much", "$40 is a bit much": the point is often the price itself.
  it('says nothing of worth or a good buy', () => {
    for (const line of tw.gladProductOverall)
      expect(line).not.toMatch(/\bworth it\b|\bgood buy\b|\bmoney\b/i);
  });

  it('keeps value lines for products with no point raised', () => {
    expect(tw.gladProductGeneric.some((line) => /\bworth the money\b/.test(line))).toBe(true);
  });
});

describe('the short personal opening is never breezy', () => {
  it('has no "pleasure to open" beside a review that tells of a cold welcome', () => {
    for (const line of tw.personalFirst) expect(line).not.toMatch(/\bpleasure to open\b/i);
    expect(tw.personalFirst.length).toBe(5);
  });

  it('keeps the stacked-opener guard for the new line', () => {
    expect(tw.STOCK_OPENER.test('I read this one with real interest.')).toBe(true);
    for (const line of [...tw.personalFirst, ...tw.personalFirstMeasured])
      expect(tw.STOCK_OPENER.test(line), line).toBe(true);
    expect(tw.STOCK_OPENER.test('It is good to hear the pizza hit the mark.')).toBe(false);
  });
});

describe('a compliment on the choice is one family on a page', () => {
  it('hears "you chose well" and "you picked well" as one line', () => {
    const family = tw.stockFamilies.filter((f) => f.test('You clearly chose well.'));
    expect(family).toHaveLength(1);
    expect(family[0]?.test('You clearly picked well with the radio.')).toBe(true);
    expect(family[0]?.test('Sounds like just what you needed.')).toBe(false);
  });
});

describe('a quibble said in a gentle or passing way is read and told in plain words', () => {
  it.each([
    [
      'The spring rolls are lovely and crisp but they are on the salty side.',
      'the spring rolls are a little salty',
    ],
    ['The bass is a bit on the dark side for my taste.', 'the bass is a little dark'],
    ['Great screen. It does freeze occasionally, but a restart sorts it.', 'it freezes now and then'],
    ['The app for the scanner has crashed on me a few times.', 'the app has crashed a few times'],
  ])('%s', (text, clause) => {
    const q = readQuibble(text, null);
    expect(q.found && q.clause).toBe(clause);
  });

  it.each([
    ['My only (real) complaint is the short strap.', 'the short strap'],
    ['The soup was fine, but the noodles were not as good as I was expecting.', null],
    ['The curry was over seasoned.', null],
    ['$60 is a bit much considering it is only a mouse.', 'the price'],
  ])('finds %s', (text, noun) => {
    const q = readQuibble(text, null);
    expect(q.found).toBe(true);
    if (noun) expect(q.found && q.noun).toBe(noun);
  });

  it.each([
    'On the plus side, the room was huge.',
    'We sat on the sunny side of the terrace.',
    'It never freezes, even with big files.',
    'The noodles were better than I was expecting.',
    'The curry was well seasoned.',
  ])('near miss, no quibble: %s', (text) => {
    expect(readQuibble(text, null).found).toBe(false);
  });

  it('tells the fault itself, not the verdict before it', () => {
    const reply = replyTo(
      'electronics',
      'Lovely bright screen and the sound is superb. The player is not perfect, it does freeze occasionally, but the reset button always brings it back. Thumbs up.',
      5,
    );
    expect(reply).toMatch(/freezes now and then/);
    expect(reply).not.toMatch(/not perfect/);
  });

  it('names service said to be less consistent as uneven, in our own word', () => {
    const reply = replyTo(
      'restaurant',
      'We have ordered pizza here for years and it is always excellent. While the pizza is always good, the service is less consistent. Still our favourite.',
    );
    expect(reply).toMatch(/uneven service/);
  });
});

describe('lines about a product beside a point the note does not tell', () => {
  // Lines that weigh the good against the bad ("the good points carry the day") hint at faults the note never names,
  // so such a note draws only on the others: enough of them that a shop's page does not repeat one every few notes.
  const WEIGHS =
    /\bcarry the day\b|\bwin out\b|\bon the whole\b|\bbalanced view\b|\bmost of all\b|\ball told\b/i;
  it('has at least six that weigh nothing', () => {
    expect(tw.gladProductOverall.filter((line) => !WEIGHS.test(line)).length).toBeGreaterThanOrEqual(6);
  });
  it('still has lines that weigh the whole, for a note that tells the point (near miss)', () => {
    expect(tw.gladProductOverall.some((line) => WEIGHS.test(line))).toBe(true);
  });
});
