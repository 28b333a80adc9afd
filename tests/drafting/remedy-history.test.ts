import { chooseNextStep, type NextStep } from '@rebound/server/drafting/choose-remedy';
import { composeDraft } from '@rebound/server/drafting/index';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import {
  boughtNothing,
  readBillingError,
  readUnderWay,
} from '@rebound/server/triage/situation/prior-actions';
import { describe, expect, it } from 'vitest';
import { judgedProfile } from './judged/profile.ts';

// What the reviewer already did or already received decides the offer: a refund or a replacement already under way
// is chased rather than offered again, money already back or never paid is not offered, and a charge for something
// meant to be free is given back as that charge.

const judged = (name: string) => judgedProfile(name);
const store = judged('electronics-store');
const shop = judged('shop');
const restaurant = judged('restaurant');
const salon = judged('salon');
type Profile = ReturnType<typeof judged>;

function stepFor(profile: Profile, text: string): NextStep {
  const triage = triageReview({ rating: 1, text }, { sectorGroup: sectorGroupOf(profile.sector) });
  return chooseNextStep(profile.remedies, triage.situation, triage.themes, {
    regulated: profile.regulated,
    reviewText: text,
    knowsProblem: true,
  });
}
const offered = (step: NextStep) => (step.kind === 'remedy' ? step.remedy.kind : `call:${step.reason}`);
const draftFor = (profile: Profile, text: string) => {
  const r = { author: 'Jo B.', rating: 1, text };
  return composeDraft(r, triageReview(r, { sectorGroup: sectorGroupOf(profile.sector) }), profile).text;
};
// Any offer of money or goods in a reply.
const OFFERS_MONEY = /\brefund\b(?! for your return| stands| you are waiting)|money back|replacement unit/i;

describe('a refund already under way is seen through, not offered afresh', () => {
  const returning = [
    'The cord only retracts about half way. I’m returning it for a refund.',
    'The mouse is sluggish and skips. I sent it back for a refund last week.',
    'The speaker crackles at any volume. The return is in process now.',
    'It would not pair with anything. We are sending them back to the store.',
  ];

  it('chases the refund for goods sent back, or being sent back, for the money', () => {
    for (const text of returning) {
      expect(readUnderWay(text), text).toBe('refund');
      expect(offered(stepFor(store, text)), text).toBe('call:refund_pending');
    }
  });

  it('says the refund for the return will be followed through, with a time, and offers no fresh refund', () => {
    for (const text of returning) {
      const reply = draftFor(store, text);
      expect(reply, text).toMatch(/\brefund\b/i);
      expect(reply, text).toMatch(/\b(?:your return|the return|returning it)\b/i);
      expect(reply, text).toMatch(
        /\b(?:within|inside|in the next|by|before|no later than)\b[^.]*\b(?:day|hours|tomorrow)\b/i,
      );
      expect(reply, text).not.toMatch(
        /full refund|refund you in full|refund the full price|refund everything/i,
      );
    }
  });

  it('still offers the refund to someone who wants to send it back but has not', () => {
    for (const text of [
      'The vendor delivered a defective unit. I want to return it. I have been unable to work out how to return this unit for a refund.',
      'It does not work at all, and I hope the shop will let me return it.',
    ]) {
      expect(readUnderWay(text), text).toBeNull();
    }
  });

  it('keeps money already back settled, not pending', () => {
    const text = 'This phone cord only retracts half way. I returned it and got my money back.';
    expect(offered(stepFor(store, text))).toBe('call:settled');
  });
});

describe('a replacement or repair already under way is chased, with no refund offered', () => {
  it('chases a replacement sent for or on its way, or a repair still awaited, and names what is awaited', () => {
    const cases: Array<[string, 'replacement' | 'repair']> = [
      ['The mouse was defective, so I sent it back to the maker for an RMA replacement.', 'replacement'],
      ['The handset died after a week. The warranty replacement is on its way, supposedly.', 'replacement'],
      ['Dead on arrival. I am still waiting on the replacement they promised.', 'replacement'],
      ['I have been waiting 3 weeks for the warranty repair on this camera. Terrible.', 'repair'],
      ['The screen went black, so I sent it in for repair. A month on, nothing.', 'repair'],
    ];
    for (const [text, awaited] of cases) {
      expect(offered(stepFor(store, text)), text).toBe(`call:${awaited}_pending`);
      const reply = draftFor(store, text);
      expect(reply, text).toMatch(new RegExp(`\\b${awaited}\\b`, 'i'));
      expect(reply, text).toMatch(/\bwait/i);
      expect(reply, text).not.toMatch(OFFERS_MONEY);
    }
  });

  it('does not chase a replacement that already came and failed, nor read a hypothetical as under way', () => {
    expect(
      offered(stepFor(store, 'The replacement they sent also died after two days. Same problem.')),
    ).not.toMatch(/_pending/);
    for (const text of [
      'If I send it back for repair I will be without a phone for weeks.',
      'I would rather not wait for a replacement.',
      'I sent the player back for repair. When I got it back it skipped exactly as before.',
      'I sent it back for a replacement, and the new one died within the hour as well.',
      'They sent me a refurbished unit after I mailed mine off for repair, and it is no better.',
    ]) {
      expect(readUnderWay(text), text).toBeNull();
    }
  });
});

describe('nothing bought, nothing to refund', () => {
  it('offers no money to someone who bought nothing or was never served', () => {
    const cases: Array<[Profile, string]> = [
      [
        shop,
        "Despite calling itself the biggest thrift store around, I've never found anything good in this store. Huge and full of junk.",
      ],
      [shop, 'We browsed for twenty minutes, nobody said hello, and we left empty-handed.'],
      [restaurant, 'We sat for 40 minutes and were never served. We walked out before ordering anything.'],
      [restaurant, 'The host refused to serve us because one of us wore a cap. Rude and embarrassing.'],
    ];
    for (const [profile, text] of cases) {
      expect(boughtNothing(text), text).toBe(true);
      expect(offered(stepFor(profile, text)), text).not.toMatch(/^(?:refund|replacement|redo)$/);
      expect(draftFor(profile, text), text).not.toMatch(/\brefund\b|money back/i);
    }
  });

  it('still counts a purchase where money changed hands', () => {
    for (const text of [
      'We walked out before dessert, but we had paid for two mains that were cold.',
      'I bought a lamp here and it broke within a week. I never found anything else worth buying either.',
    ]) {
      expect(boughtNothing(text), text).toBe(false);
    }
    expect(
      offered(stepFor(shop, 'I bought a kettle here and it stopped working after two days. Junk.')),
    ).toBe('refund');
  });
});

describe('money already back by another road', () => {
  it('offers no refund when a court, the bank or the payment service returned the money', () => {
    for (const text of [
      'The player died in a month and the store stonewalled me. I have successfully sued to get my money back.',
      'Broken on arrival and the shop ignored my emails, so my bank reversed the charge.',
      'Junk that stopped working in a week. I got my money back through PayPal in the end.',
    ]) {
      expect(offered(stepFor(store, text)), text).toBe('call:settled');
      expect(draftFor(store, text), text).not.toMatch(
        /full refund|refund you|refund the full|money back in full/i,
      );
    }
  });

  it('still offers the refund to someone who only threatens to go to the bank', () => {
    const text = 'It died in a week. If I do not get a refund I will ask my bank to reverse the charge.';
    expect(offered(stepFor(store, text))).not.toBe('call:settled');
  });
});

describe('a charge for something meant to be free is given back as that charge', () => {
  it('reads a charge for a complimentary or free service as a billing error', () => {
    expect(
      readBillingError(
        'My blowdry fell flat within an hour and when I went back they charged me for the complimentary redo.',
      ),
    ).toBe('charged_for_free');
    expect(readBillingError('They charged me for a consultation that was meant to be free.')).toBe(
      'charged_for_free',
    );
    expect(readBillingError('The free consultation was helpful and the cut was great value.')).toBeNull();
  });

  it('refunds that charge, named as such, even where the business lists no refund', () => {
    const step = stepFor(
      salon,
      'My blowdry fell flat within an hour and when I went back they charged me for the complimentary redo.',
    );
    expect(step.kind === 'remedy' && step.remedy.label).toBe('a refund of the charge for the redo');
    const other = stepFor(salon, 'They charged me for a consultation that was meant to be free. Not happy.');
    expect(other.kind === 'remedy' && other.remedy.label).toBe('a refund of the charge for the consultation');
  });

  it('refunds a double charge as the duplicate charge', () => {
    const step = stepFor(
      restaurant,
      'The food was fine but they billed us twice for the same bottle of wine.',
    );
    expect(step.kind === 'remedy' && step.remedy.label).toBe('a refund of the duplicate charge');
  });
});

describe('refund offers across a page of replies', () => {
  // Twenty complaints about goods that let the buyer down, drafted in order, each with the replies before it as the
  // business's recent replies, as a public page reads them.
  const reviews = [
    'These earbuds sound thin and tinny, and the case feels cheap. Not worth the money.',
    'The blender jar cracked the second time I used it. Cheaply made junk.',
    'The remote is flimsy and the buttons stick. A waste of money.',
    'Picture quality is poor and washed out. Not as described at all.',
    'The charger hums loudly and gets hot. Useless.',
    'The keyboard keys rattle and two of them barely work. Do not buy.',
    'The headphones have a constant hiss in the left ear. Junk.',
    'Battery life is terrible, it lasts an hour at most. Not worth it.',
    'The speaker distorts at half volume. Very cheap sound.',
    'The camera strap snapped and the lens cap does not fit. Poor quality all round.',
    'The mouse lags and the scroll wheel squeaks. Flimsy and useless.',
    'The webcam image is blurry and the microphone crackles. Waste of money.',
    'The cable frays after a week and the plug is loose. Cheaply made.',
    'The radio reception is weak and full of static. Not worth the price.',
    'The tablet case is flimsy plastic and the clasp broke. Junk.',
    'The fan rattles at every speed and is too loud. Save your money.',
    'The stylus barely works and skips constantly. Useless product.',
    'The desk lamp flickers and the arm is flimsy. Not worth it.',
    'The router drops the connection every hour. Garbage.',
    'The smartwatch strap is cheap and the screen scratches easily. Poor quality.',
  ];
  const recent: string[] = [];
  for (const [i, text] of reviews.entries()) {
    const r = { author: null, rating: 1, text, title: null, externalId: `refund-page-${i}` };
    const triage = triageReview(r, { sectorGroup: sectorGroupOf(store.sector) });
    recent.push(composeDraft(r, triage, store, { recent }).text);
  }
  // Every way the store's refund is worded: as a thing offered, or as what we will do, with the postage or without.
  const WORDING =
    /\b(?:a (?:full|complete) refund|a refund in full|a refund of the full price)(?: with return shipping on us| with the return postage paid by us| and free return shipping)?|refund you in full(?: and cover the return postage)?|send you a prepaid return label and refund the full price|pay for the return postage and refund everything you paid|give you your money back in full|return the full price to you|pay back the full price|refund what you paid/i;
  const TIME = /\s*\b(?:within|inside) [\w-]+(?: [\w-]+)?\b.*$/;
  const offers = recent.flatMap((reply) => {
    const sentence = reply.split(/(?<=[.!?])\s+/).find((s) => WORDING.test(s));
    if (!sentence) return [];
    const wording = (WORDING.exec(sentence)?.[0] ?? '').toLowerCase();
    // The clause around the offer, its wording and its time left out: "I will arrange X", "X will be arranged".
    const [before = '', after = ''] = sentence.split(WORDING);
    const lead = before.split(/[,;]\s*(?:and\s+)?/).pop() ?? '';
    const frame = `${lead.trim().toLowerCase()} X ${after.replace(TIME, '').trim().toLowerCase()}`;
    return [{ wording, frame }];
  });

  it('offers a fitting remedy on most of the page', () => {
    expect(offers.length).toBeGreaterThanOrEqual(15);
  });

  it('gives no two of any five refund offers in a row the same wording or the same sentence frame', () => {
    for (let i = 0; i < offers.length; i++) {
      for (let j = i + 1; j < Math.min(offers.length, i + 5); j++) {
        expect(offers[j]?.wording, `offers ${i} and ${j}`).not.toBe(offers[i]?.wording);
        expect(offers[j]?.frame, `offers ${i} and ${j}`).not.toBe(offers[i]?.frame);
      }
    }
  });
});
