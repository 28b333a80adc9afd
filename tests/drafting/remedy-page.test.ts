import { chooseNextStep } from '@rebound/server/drafting/choose-remedy';
import { composeDraft } from '@rebound/server/drafting/index';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { judged, offered, type Profile } from './remedy-helpers.ts';

// A shop's page of replies read together: the offer varies between remedies that fit equally well, its postage and
// its time are told on some offers and not others, and no offer's clause comes back word for word.

const store = judged('electronics-store');
const restaurant = judged('restaurant');

/** The step for a one-star review, with `page` as the business's replies before it (oldest first). */
function stepOnPage(profile: Profile, text: string, page: readonly string[]) {
  const triage = triageReview({ rating: 1, text }, { sectorGroup: sectorGroupOf(profile.sector) });
  return chooseNextStep(profile.remedies, triage.situation, triage.themes, {
    regulated: profile.regulated,
    reviewText: text,
    knowsProblem: true,
    page: (last, usedIn) => page.slice(-last).filter(usedIn).length,
  });
}

const replacementPage = [
  'I am sorry it failed. I can send you a replacement at our cost within three days.',
  'I am sorry it broke. I would like to offer a replacement unit shipped at our cost inside three days.',
];
const refundPage = [
  'I am sorry it failed. I can refund you in full within three days.',
  'I am sorry it broke. I would like to offer a full refund inside three days.',
];

describe('the offer for a unit that failed, on a page', () => {
  const dead = 'The speaker died after a week and will not power on at all.';

  it('offers whichever of a new unit or the money back the latest replies offered less', () => {
    expect(offered(stepOnPage(store, dead, []))).toBe('replacement');
    expect(offered(stepOnPage(store, dead, refundPage))).toBe('replacement');
    expect(offered(stepOnPage(store, dead, replacementPage))).toBe('refund');
  });

  it('offers what the reviewer asked for whatever the page offered', () => {
    const money = `${dead} I want my money back.`;
    expect(offered(stepOnPage(store, money, refundPage))).toBe('refund');
    const working = `${dead} I just want one that works, please send a replacement.`;
    expect(offered(stepOnPage(store, working, replacementPage))).toBe('replacement');
  });

  it('never offers again what already failed, however the page ran', () => {
    const second = 'The replacement they sent died too, just like the first one. Will not turn on.';
    expect(offered(stepOnPage(store, second, replacementPage))).not.toBe('replacement');
    expect(offered(stepOnPage(store, second, refundPage))).not.toBe('replacement');
  });
});

/** Twenty one-star reviews drafted in order, each with the replies before it as the business's recent replies. */
function page(profile: Profile, reviews: readonly string[]): string[] {
  const recent: string[] = [];
  for (const [i, text] of reviews.entries()) {
    const r = { author: null, rating: 1, text, title: null, externalId: `remedy-page-${i}` };
    const triage = triageReview(r, { sectorGroup: sectorGroupOf(profile.sector) });
    recent.push(composeDraft(r, triage, profile, { recent }).text);
  }
  return recent;
}

const faults = [
  'These earbuds sound thin and tinny, and the case feels cheap. Not worth the money.',
  'The player stopped working after two weeks and will not turn on at all.',
  'The remote is flimsy and the buttons stick. A waste of money.',
  'The speaker died after a month. It will not power on no matter what I try.',
  'Picture quality is poor and washed out. Not as described at all.',
  'My keyboard stopped working after ten days; several keys are dead.',
  'The charger hums loudly and gets hot. Useless.',
  'The camera is defective: the shutter is broken and the lens will not extend.',
  'The headphones have a constant hiss in the left ear. Junk.',
  'The router is broken out of the box and will not power on.',
  'Battery life is terrible, it lasts an hour at most. Not worth it.',
  'The mouse stopped working after a few days; it is completely dead.',
  'The speaker distorts at half volume. Very cheap sound.',
  'The hard drive died after three weeks and will not spin up any more.',
  'The webcam image is blurry and the microphone crackles. Waste of money.',
  'This charger stopped working after a week and it is now dead.',
  'The radio reception is weak and full of static. Not worth the price.',
  'The tablet screen went black after five days and will not come back on.',
  'The fan rattles at every speed and is too loud. Save your money.',
  'The printer jammed on day one and now will not power on.',
];

describe('offers down a shop page of twenty replies', () => {
  const replies = page(store, faults);
  // The sentence that makes the offer, and the offer's clause in it: from the offer to its time. An offer told bare
  // takes the contact line after it, which then gives its time; one told as following their message has none.
  const OFFER = /\b(?:refund|replacement|new one|money back|full price)\b/i;
  const TIME = /\b(?:within|inside) (?:three days|seventy-two hours)\b/i;
  const offers = replies.flatMap((reply) => {
    const sentences = reply.split(/(?<=[.!?])\s+/);
    const at = sentences.findIndex((s) => OFFER.test(s));
    const sentence = sentences[at];
    if (!sentence) return [];
    const next = sentences[at + 1] ?? '';
    return [!TIME.test(sentence) && TIME.test(next) ? `${sentence} ${next}` : sentence];
  });
  const clauseOf = (sentence: string) => {
    const at = sentence.search(
      /\b(?:a (?:full |complete )?(?:refund|replacement|new one)|refund|send|ship|pay|give|return)\b/i,
    );
    return sentence.slice(at).split(TIME)[0]?.trim().toLowerCase() ?? '';
  };

  it('offers a fitting remedy on most of the page, a new unit on some and the money back on others', () => {
    expect(offers.length).toBeGreaterThanOrEqual(15);
    expect(offers.filter((s) => /\breplacement\b|\bnew one\b/i.test(s)).length).toBeGreaterThanOrEqual(4);
    expect(offers.filter((s) => /\brefund|\bfull price\b/i.test(s)).length).toBeGreaterThanOrEqual(4);
  });

  it('names the return postage on some of its refunds, not on all of them', () => {
    const refunds = offers.filter((s) => /\brefund/i.test(s));
    const postage = refunds.filter((s) => /\breturn (?:postage|shipping)|\bprepaid return\b/i.test(s));
    expect(postage.length, refunds.join('\n')).toBeGreaterThan(0);
    expect(postage.length, refunds.join('\n')).toBeLessThan(refunds.length - 1);
  });

  it('tells the time in all four of its ways', () => {
    const times = new Set(offers.map((s) => TIME.exec(s)?.[0].toLowerCase()));
    expect(times.size).toBeGreaterThanOrEqual(4);
  });

  it('never words one offer word for word as another on the page', () => {
    const clauses = offers.map(clauseOf);
    expect(new Set(clauses).size, clauses.join('\n')).toBe(clauses.length);
  });
});

describe('a dish refund tied to a dish', () => {
  const draft = (text: string) => {
    const r = { author: null, rating: 1, text, title: null };
    return composeDraft(r, triageReview(r, { sectorGroup: sectorGroupOf(restaurant.sector) }), restaurant)
      .text;
  };

  it('names the dish the review says came out wrong, or points back to one the apology named', () => {
    const soup = draft('We waited an hour and the soup was cold when it finally came. Not good enough.');
    expect(soup).not.toMatch(/the dishes that were (?:wrong|not right)|dishes that let you down/);
    expect(soup).toMatch(/\b(?:the soup|that dish)\b/);
  });

  it('offers a refund for "the dishes that were wrong" only after naming those dishes', () => {
    // Each review, with the dishes it faults: the plural refund must point back to them, named in the apology.
    const cases: ReadonlyArray<readonly [string, readonly string[]]> = [
      ['Our order came out wrong and cold. Very disappointing night.', []],
      ['My burger was raw in the middle and the fries were cold.', ['burger', 'fries']],
      ['The pasta was overcooked and the sauce was cold.', ['pasta', 'sauce']],
    ];
    for (const [text, dishes] of cases) {
      const reply = draft(text);
      const plural = /the dishes that (?:were wrong|were not right|let you down)/.exec(reply);
      if (!plural) continue;
      const before = reply.slice(0, plural.index);
      expect(dishes.length, reply).toBeGreaterThan(1);
      for (const dish of dishes) expect(before, reply).toContain(dish);
    }
  });
});
