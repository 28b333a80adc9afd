import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  boughtAtOtherStore,
  makerRefused,
  mendedThemselves,
  servedMonths,
  spokeOfStay,
  worksButPrefers,
} from '@rebound/server/drafting/remedy-readings';
import { describe, expect, it } from 'vitest';
import { loadMultiDomain } from '../triage/load-sentiment-data.ts';
import { draftFor, judged, offered, type Profile, stepFor } from './remedy-helpers.ts';

const store = judged('electronics-store');
const hotel = judged('hotel');
// A shop whose only offer besides a call is the money back: whatever it does not offer, it falls back on a call.
const refundOnly: Profile = {
  ...store,
  remedies: store.remedies.filter((r) => r.kind !== 'replacement'),
};

const local = readFileSync(
  path.resolve(import.meta.dirname, '../../../shared/data/reviews_local/negative.jsonl'),
  'utf8',
).split('\n');
/** The text of a review in the local set, by its line number. */
const localReview = (line: number): string => (JSON.parse(local[line - 1] ?? '{}') as { text: string }).text;
const electronics = loadMultiDomain('electronics_negative.review');
/** The text of an electronics review, by its number in the file. */
const productReview = (n: number): string => electronics[n - 1]?.text ?? '';

describe('an offer for a stay goes only to a guest who stayed', () => {
  it('reads a stay from the room, the nights, checking in or out and the bed, not from a meal or a dining room', () => {
    for (const text of [
      'We stayed two nights and the carpet was sticky.',
      'Our room smelled of smoke.',
      'Check-in took forty minutes.',
      'The bed sheets had stains on them.',
    ])
      expect(spokeOfStay(text), text).toBe(true);
    for (const text of [
      'The buffet was cold and the dining room was loud.',
      'We had no room for dessert after the mains.',
      'One night we went for the seafood buffet.',
      'The restroom near the lobby bar was dirty.',
      'The valet parking was full and the attendant was rude.',
    ])
      expect(spokeOfStay(text), text).toBe(false);
  });

  it('offers no refund for the nights to a diner at the hotel’s buffet, and no nights in the draft', () => {
    const buffet = localReview(307);
    expect(offered(stepFor(hotel, buffet))).toMatch(/^call:/);
    expect(draftFor(hotel, buffet)).not.toMatch(/\bnights?\b|refund/i);
    for (const text of [
      'We only came for the Sunday brunch buffet. The eggs were cold, the pastries stale and the tables dirty.',
      'Parked in their garage for a show downtown. The lot was filthy and the attendant was rude about the rate.',
    ])
      expect(offered(stepFor(hotel, text)), text).toMatch(/^call:/);
  });

  it('still offers it to a guest whose room was dirty', () => {
    const text =
      'Our room was filthy: stained sheets, hair in the shower and a dirty carpet. Two nights of this.';
    const step = stepFor(hotel, text);
    expect(offered(step)).toBe('refund');
    expect(draftFor(hotel, text)).toMatch(/nights/i);
  });

  it('still gives back money taken in error from a diner, whatever the offer was for', () => {
    const step = stepFor(hotel, 'They charged us twice for the breakfast buffet and nobody has fixed it.');
    expect(step.kind === 'remedy' && step.remedy.label).toMatch(/charge/i);
  });
});

describe('goods bought from another seller', () => {
  it('are read from the chain or marketplace the buyer names as where the goods came from', () => {
    for (const text of [
      'I bought this stereo at a Big Lots store for forty dollars.',
      'I took it back to Best Buy, where I bought it.',
      'Ordered this router from Amazon last spring.',
    ])
      expect(boughtAtOtherStore(text), text).toBe(true);
    for (const text of [
      'It died, so I bought another one at Walmart.',
      'It was cheaper here than at Best Buy.',
      'I bought it here after trying one at a friend’s house.',
      'I should have bought it at Costco.',
      'I bought it from you after seeing it at Best Buy.',
      'The burner I bought from Amazon will not read these discs.',
    ])
      expect(boughtAtOtherStore(text), text).toBe(false);
  });

  it('get neither our refund nor our unit, nor our check under warranty', () => {
    for (const text of [
      productReview(727),
      'I bought it at Big Lots and after a week the tray stopped opening. Junk.',
      'Got this at Walmart and it was dead out of the box.',
    ])
      expect(offered(stepFor(store, text)), text).toMatch(/^call:(?!check)/);
  });

  it('still get our refund or unit when only a second one, or a price, came from elsewhere', () => {
    for (const text of [
      'The screen cracked on day two, so I went and bought another one at Walmart.',
      'It cost more than at Best Buy, and it arrived with a cracked case.',
      'I bought it here after trying one at a friend’s, and it arrived cracked.',
    ])
      expect(offered(stepFor(store, text)), text).toMatch(/^(?:refund|replacement)$/);
  });
});

describe('goods that served for months, or that the buyer mended', () => {
  it('read months or years of use, not days or weeks', () => {
    for (const text of [
      'Five months in, it stopped charging.',
      'It worked for about eight months and then went fuzzy.',
      'It died after 18 months.',
      'It has continued to work for over 1 1/2 years.',
    ])
      expect(servedMonths(text), text).toBe(true);
    for (const text of [
      'It failed after two days.',
      'It arrived broken.',
      'After two weeks it died.',
      'After a few months of saving up I bought it.',
    ])
      expect(servedMonths(text), text).toBe(false);
  });

  it('are offered a check or a unit under warranty, not the price back', () => {
    for (const text of [
      'It worked great for a year, then the screen went black.',
      'Five months in, it stopped charging.',
      'It stopped working after 18 months.',
    ]) {
      expect(offered(stepFor(refundOnly, text)), text).toBe('call:check');
      expect(offered(stepFor(store, text)), text).not.toBe('refund');
    }
  });

  it('still get the refund for goods that failed new, or where they ask for their money', () => {
    for (const text of [
      'It arrived broken.',
      'It failed after two days.',
      'Five months in, it stopped charging. I want my money back.',
      'After four months of use the feeder stopped working. I hope we can return this.',
      // Months told of another unit, or of a part that still works, are not this unit's age.
      'It died after two days of use. My previous one did the same after six months.',
      'The dock has run for six months without a problem, but the remote does not work.',
    ])
      expect(offered(stepFor(refundOnly, text)), text).toBe('refund');
  });

  it('read a mend by the buyer: glue, solder, or a loose part forced back into place with a tool', () => {
    expect(mendedThemselves('The hinge cracked, so I glued it back together.')).toBe(true);
    expect(mendedThemselves('I had to clamp it in a vice and press the housing back into place.')).toBe(true);
    expect(mendedThemselves('The cover snapped into place easily.')).toBe(false);
    expect(mendedThemselves('I used pliers to open the package.')).toBe(false);
  });

  it('thank a buyer who mended it and has used it since, and check it for one whose mend did not hold', () => {
    expect(offered(stepFor(store, productReview(481)))).toBe('call:fixed_by_them');
    const text = 'The lid hinge snapped, so I glued it myself, but the lid still will not close.';
    expect(offered(stepFor(refundOnly, text))).toBe('call:check');
    expect(
      offered(stepFor(refundOnly, 'The lid snapped into place easily, but it cracked on day one.')),
    ).toBe('refund');
  });
});

describe('a maker that refused the warranty or a repair', () => {
  it('is read where the maker or its service refused, not where the shop did', () => {
    expect(makerRefused('Apple refused to repair it, calling it external damage.')).toBe(true);
    expect(makerRefused('The manufacturer would not honour the warranty.')).toBe(true);
    expect(makerRefused('I emailed Sony five times and they would not honor their warranty.')).toBe(true);
    expect(makerRefused('It is still under warranty from Sony.')).toBe(false);
    expect(makerRefused('The manager refused to help me.')).toBe(false);
  });

  it('is answered with a call to take it up with them, not a refund or a unit', () => {
    for (const text of [
      productReview(828),
      'It stopped charging after a while. Apple refused to repair it, saying it had external damage.',
    ])
      expect(offered(stepFor(store, text)), text).toBe('call:fix');
    // A plan the buyer turned down themselves is no refusal by the maker.
    const declined =
      'I declined the Sony protection plan at the till, and the unit stopped working after two days.';
    expect(makerRefused(declined)).toBe(false);
    expect(offered(stepFor(store, declined))).toMatch(/^(?:refund|replacement)$/);
  });
});

describe('the reply to a maker’s refusal or goods bought elsewhere', () => {
  it('offers to take it up with the maker and owns nothing the shop did not do', () => {
    for (const text of [
      productReview(828),
      'It stopped charging after a while. Apple refused to repair it, saying it had external damage.',
      'I bought this stereo at a Big Lots store. It started skipping after a month.',
    ]) {
      const reply = draftFor(store, text);
      expect(reply, text).toMatch(/\bmaker\b/);
      expect(reply, text).not.toMatch(
        /we (?:should have done better|clearly fell short|did not do our job)/i,
      );
    }
  });
});

describe('goods that work, found wanting beside a rival or in their design', () => {
  it('are read from goods said to work, or a rival said to be better', () => {
    expect(worksButPrefers('Player itself works fine.')).toBe(true);
    expect(worksButPrefers('Archos is a hundred times better.')).toBe(true);
    expect(worksButPrefers('I prefer my old Sony.')).toBe(true);
    expect(worksButPrefers('It works fine but the battery dies.')).toBe(false);
    expect(worksButPrefers('This one is much better than my old one.')).toBe(false);
  });

  it('get a call to hear them or help them set up, not a refund with return postage', () => {
    expect(offered(stepFor(store, productReview(596)))).toBe('call:hear');
    expect(offered(stepFor(store, productReview(892)))).toBe('call:setup');
    expect(
      offered(stepFor(store, 'The menus are clumsy and the colours dull. The player itself works fine.')),
    ).toBe('call:hear');
  });

  it('still get the refund or a unit where the unit itself failed', () => {
    for (const text of [
      'I prefer Sony, and this one arrived with a cracked screen.',
      'The player itself died after a day.',
    ])
      expect(offered(stepFor(store, text)), text).toMatch(/^(?:refund|replacement)$/);
  });
});

describe('goods going back to another store', () => {
  const store = judged('electronics-store');
  it('are not ours to chase a refund for, nor to take back', () => {
    for (const text of [
      'The slightest bump makes the cassette pop out and stop the CD. I will be returning this to Amazon for a refund.',
      'It stopped charging after a week, so I took it back to Best Buy and I am waiting on my money.',
    ]) {
      expect(offered(stepFor(store, text)), text).not.toBe('call:refund_pending');
      expect(offered(stepFor(store, text)), text).not.toBe('refund');
      expect(draftFor(store, text)).not.toMatch(/chase the refund|your return/);
    }
  });

  it('are still chased where the return came to us (near miss)', () => {
    const text =
      'It stopped charging after a week. I sent it back to you for a refund and am still waiting on my money.';
    expect(offered(stepFor(store, text))).toBe('call:refund_pending');
  });
});
