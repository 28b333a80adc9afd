import { describe, expect, it } from 'vitest';
import { spanTold, tellsOfRegular, tellsOfVisits } from '../../server/src/drafting/thanks-subject.ts';
import * as tw from '../../server/src/drafting/thanks-wording.ts';
import { everyWording, judged } from './remedy-helpers.ts';

// A regular is thanked as one: no single visit of theirs told back as a one-off success ("your stay was such a
// success" to someone who books every year), and "after all this time" only for someone who said how long.

const ONE_OFF =
  /\byour (?:visit|stay|meal|time with us|appointment|class|order)\b[^.]*\b(?:success|happy one|hit the mark|so nicely|so well|worked out|plenty to enjoy|impression|the way it should|without a hitch)\b|\b(?:hearing|lovely to hear|good to hear) (?:your|it) [^.]*went\b/i;
const AS_REGULAR =
  /again and again|familiar face|keep choosing us|Regulars like you|time after time|keep coming back|keep returning|after all this time|getting it right|visit after visit/i;

const regulars: Array<[string, string]> = [
  ['hotel', 'We stay here every year for the folk festival. Comfortable beds and a hearty breakfast.'],
  [
    'gym',
    'I am a member here and I train four times a week. The coaches are patient and the kit is always clean.',
  ],
  ['restaurant', 'We come here every Friday night. Friendly faces and the curry is superb.'],
  ['salon', 'I go in about once a month for a trim and the staff are lovely.'],
];

describe('a regular told as one', () => {
  it.each(regulars)('reads the %s reviewer as a regular', (_, text) => {
    expect(tellsOfRegular(text, false)).toBe(true);
  });
  it.each(regulars)('tells no single visit of the %s regular as a one-off success', (name, text) => {
    const drafts = everyWording(judged(name), text, { rating: 5, count: 8 });
    for (const draft of drafts) expect(draft).not.toMatch(ONE_OFF);
    expect(drafts.filter((d) => AS_REGULAR.test(d)).length).toBeGreaterThanOrEqual(4);
  });
  it('reads no regular in a habit of somewhere else, opening hours or a stay’s breakfasts (near misses)', () => {
    for (const text of [
      'I only eat burgers a few times a year, so I went big. The burger here was excellent.',
      'Open 7 days a week with friendly staff. Opened my account in ten minutes.',
      'Breakfast served each morning had plenty of choice. The room was clean and quiet.',
      'A relatively new member of staff, Tony, looked after us very well.',
      'I always stop by the tea shop next door, and this time I tried the noodles here. Lovely.',
      'We are customers for life after tonight. The lamb was perfect.',
    ])
      expect(tellsOfRegular(text, false), text).toBe(false);
  });
  it('still thanks a one-off visitor for how the visit went (near miss)', () => {
    const drafts = everyWording(
      judged('hotel'),
      'Stopped for one night on our way north. Everything was fine.',
      { rating: 5, count: 8 },
    );
    expect(drafts.some((d) => ONE_OFF.test(d) || /\bwent\b|\bpleased\b|\bhappy\b/i.test(d))).toBe(true);
    expect(drafts.some((d) => AS_REGULAR.test(d))).toBe(false);
  });
});

describe('praise that only visits could give', () => {
  const text = 'The food here never disappoints and the staff are always so friendly. Best lasagne in town.';
  it('is read as visit after visit, though not as a regular to greet', () => {
    expect(tellsOfVisits(text, false)).toBe(true);
    expect(tellsOfRegular(text, false)).toBe(false);
  });
  it('tells no single visit as the success', () => {
    for (const draft of everyWording(judged('restaurant'), text, { rating: 5, count: 8 }))
      expect(draft).not.toMatch(ONE_OFF);
  });
});

describe('a new favourite', () => {
  const text = 'My new favourite spot! I have been several times this summer and the pizza is fantastic.';
  it('is a regular, but never one of long standing', () => {
    expect(tellsOfRegular(text, false)).toBe(true);
    expect(spanTold(text)).toBe(false);
    for (const draft of everyWording(judged('restaurant'), text, { rating: 5, count: 12 }))
      expect(draft).not.toMatch(/after all this time/i);
  });
  it('tells the years of someone who said how long (near miss)', () => {
    expect(spanTold('We have been coming here for twenty years and it never disappoints.')).toBe(true);
    expect(spanTold('Regulars here since 2009, and the pizza is still the best.')).toBe(true);
  });
});

describe('stock lines that misfit', () => {
  it('thanks nobody for "coming back to tell us" when they told of no return', () => {
    expect(tw.genericWhole.some((line) => /coming back to tell/i.test(line))).toBe(false);
    // Near miss: the pool still thanks a reviewer for telling of their visit.
    expect(tw.genericWhole.some((line) => /tell us about \{thing\}/.test(line))).toBe(true);
  });
  it('no longer says kind words "made our week"', () => {
    expect(tw.praisedOpen.some((line) => /made our week/i.test(line))).toBe(false);
    expect(tw.praisedOpen.some((line) => /\{p\}/.test(line))).toBe(true);
  });
  it('never says a birthday already held "is one everyone will remember", nor hopes it went well after the reviewer said so', () => {
    for (const line of tw.occasion) expect(line).not.toMatch(/\bis one\b|\bwill remember\b|\bI hope\b/);
    // Near miss: every line still names the occasion.
    for (const line of tw.occasion) expect(line).toContain('{o}');
  });
  it('calls the hotel staff "our staff" when the signer is one of them', () => {
    const drafts = everyWording(
      judged('hotel'),
      'The breakfast was wonderful and the hotel staff were so helpful. Quiet room too.',
      { rating: 5, count: 10 },
    );
    // Thanks for "the words on the hotel staff" tells back the reviewer's praise; the hand-on is the signer's own.
    for (const draft of drafts)
      expect(draft).not.toMatch(
        /\bthe hotel staff (?:will|are|have|has|is)\b|\b(?:to|with) the hotel staff\b/i,
      );
    // Near miss: the praise is still handed on, to our staff.
    expect(drafts.some((d) => /\bour staff\b/i.test(d))).toBe(true);
  });
});

describe('a short note filled with what the reviewer praised', () => {
  it('names a second thing praised before a glad line about the whole', () => {
    const text = 'Food is great and prices very reasonable. Service was fast and friendly. Would come again.';
    const drafts = everyWording(judged('restaurant'), text, { rating: 4, count: 10 });
    expect(drafts.filter((d) => /\bfood\b/i.test(d)).length).toBeGreaterThanOrEqual(8);
    // Near miss: a note that names both things still reads whole, with no second line forced in.
    for (const draft of drafts) expect(draft.match(/\bfood\b/gi)?.length ?? 0).toBeLessThanOrEqual(1);
  });
  it('tells back no hedge ("kind of old") as praise', () => {
    const text =
      'This little shop fixed a clock we bought at a flea market, which was kind of old and did not work. It was ready in a week. The owner was honest. A great find!';
    const drafts = everyWording(judged('restaurant'), text, { rating: 5, count: 10 });
    for (const draft of drafts) expect(draft).not.toMatch(/flea market/i);
    // Near miss: what the reviewer did praise is still named.
    expect(drafts.some((d) => /\bthe owner\b/i.test(d))).toBe(true);
  });
});

describe('a first visit told without the word "first"', () => {
  it('is never greeted as a regular', () => {
    const text =
      'Neither of us had been there before. The bartender was friendly and the film was great fun.';
    expect(tellsOfRegular(text, true)).toBe(false);
    // Near miss: the same evening told by someone who comes every week.
    expect(
      tellsOfRegular('We come every week. The bartender was friendly and the film was great fun.', false),
    ).toBe(true);
  });
});
