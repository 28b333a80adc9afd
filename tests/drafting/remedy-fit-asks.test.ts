import { remedyWordings, wordRemedy } from '@rebound/server/drafting/choose-remedy';
import { createWriter } from '@rebound/server/drafting/writer';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { draftFor, judged, offered, stepFor } from './remedy-helpers.ts';

const store = judged('electronics-store');
const hotel = judged('hotel');
const restaurant = judged('restaurant');

describe('goods that work but were hard to set up', () => {
  it('get help with the set-up, not money or another unit', () => {
    for (const text of [
      'The router works fine now, but it was a nightmare to set up.',
      'Installation was really confusing and took me a whole evening. It runs well once going.',
      'Good picture, but very hard to configure compared with my old box.',
    ]) {
      expect(offered(stepFor(store, text)), text).toBe('call:setup');
      const draft = draftFor(store, text);
      expect(draft, text).toMatch(/\bset-up\b/);
      expect(draft, text).not.toMatch(/refund|replacement|new one|money back/i);
    }
  });

  it('still answers a unit that failed as a fault, however hard the set-up was', () => {
    const text = 'It was hard to set up, and then it stopped working after two days.';
    expect(offered(stepFor(store, text))).not.toBe('call:setup');
  });
});

describe('goods their maker no longer supports or that will not work with the buyer’s system', () => {
  it('get the money back or one that works with the system, never another of the same', () => {
    for (const text of [
      'The maker has no driver for Windows 7, so the card drops the connection every few minutes.',
      'Netgear is not supporting this adapter any longer and it keeps disconnecting. Terrible product.',
      'It will not work with my Mac running 10.5, whatever the box says. I tried three drivers.',
    ]) {
      expect(offered(stepFor(store, text)), text).toBe('refund');
      const draft = draftFor(store, text);
      expect(draft, text).toMatch(/work(?:s)? with your (?:system|set-up)|suits your set-up/);
      expect(draft, text).not.toMatch(/\breplacement\b/i);
    }
  });
});

describe('a design that breaks', () => {
  it('is answered with the money back, not the same design again, even from a buyer who liked the rest', () => {
    for (const text of [
      'Sounds great and the battery lasts, but the dock connector is really flimsy and it simply breaks quickly.',
      'A lovely speaker with one major flaw: the hinge breaks easily, and mine stopped playing within a month.',
    ]) {
      expect(offered(stepFor(store, text)), text).toBe('refund');
    }
  });
});

describe('nobody stood behind the goods', () => {
  it('gets a concrete offer, not only a talk', () => {
    for (const text of [
      'The charger stopped charging after a month. The maker did not stand behind their product at all.',
      'It died in three weeks and they were unable to replace it or give me my money back.',
    ]) {
      expect(offered(stepFor(store, text)), text).toBe('refund');
      expect(draftFor(store, text), text).not.toMatch(/talk it (?:through|over)/i);
    }
  });
});

describe('goods that served a while, or a part worn out', () => {
  it('are checked over and repaired rather than refunded', () => {
    for (const text of [
      'The projector lamp blew after about 900 hours. I hoped it would last longer.',
      'Mine worked pretty well for the first few weeks, then the display got stuck on one setting.',
    ]) {
      expect(offered(stepFor(store, text)), text).toBe('call:check');
      const draft = draftFor(store, text);
      expect(draft, text).toMatch(/\b(?:check|tested|repair)\b/i);
      expect(draft, text).not.toMatch(/refund|money back/i);
    }
  });

  it('never reads a unit that worked for minutes, or one going back, as one that served a while', () => {
    for (const text of [
      'It only worked for 2 minutes and then the screen went dark.',
      'Mine worked for a few weeks and then the display got stuck. I am returning it for a refund.',
    ]) {
      expect(offered(stepFor(store, text)), text).not.toBe('call:check');
    }
  });

  it('still refunds a buyer who writes the goods off', () => {
    const text = 'It worked for a few days, then it died. Cheap junk, save your money.';
    expect(offered(stepFor(store, text))).toBe('refund');
  });
});

describe('a stay paid for and left', () => {
  it('refunds the booking of guests who left a room not fit to use and were still held to it', () => {
    for (const text of [
      'We looked at the room and left for another hotel, but our prepaid booking was non-refundable.',
      'The room was filthy, so we checked out immediately, and we were still charged for the night.',
    ]) {
      const step = stepFor(hotel, text);
      expect(step.kind === 'remedy' && step.remedy.label, text).toBe('a full refund of your booking');
      expect(draftFor(hotel, text), text).toMatch(/\brefund\b[^.]*\bof your booking\b/);
    }
  });

  it('keeps the usual offer for guests who stayed', () => {
    const step = stepFor(
      hotel,
      'The room was filthy and the sheets were stained. We were charged full price.',
    );
    expect(step.kind === 'remedy' && step.remedy.label).not.toBe('a full refund of your booking');
  });
});

describe('amends the reviewer asked for', () => {
  it('are answered with the business’s own offer, never a talk about how it went wrong', () => {
    for (const text of [
      'Building work started at seven every morning. A free night or at least a discount on my next stay may have helped.',
      'The drilling outside our room went on all day. I asked the front desk for a discount and got a shrug.',
    ]) {
      expect(offered(stepFor(hotel, text)), text).toBe('refund');
      expect(draftFor(hotel, text), text).not.toMatch(/how (?:it|this) (?:went wrong|happened)/i);
    }
  });

  it('offers the later visit a diner asked for, where the business has one', () => {
    const text = 'We waited an hour for our mains. I asked for some money off and the manager walked away.';
    expect(offered(stepFor(restaurant, text))).toBe('other');
  });
});

describe('an exchange offered down a page', () => {
  it('is not told in the words a recent reply used, whatever refund wording leads it', () => {
    const text = 'The maker has no driver for Windows 7, so the card drops the connection.';
    const { situation } = triageReview({ rating: 1, text }, { sectorGroup: sectorGroupOf(store.sector) });
    const recent = [
      'I can arrange a full refund, or an exchange for a model that works with your system within three days.',
    ];
    const remedy = {
      kind: 'refund' as const,
      label: 'a full refund, or an exchange for a model that works with your system',
    };
    for (let seed = 0; seed < 12; seed++) {
      const w = createWriter(store, situation, seed, true, recent);
      const { phrase, action } = wordRemedy(w, remedy, 72, { reviewText: text, told: null });
      expect(`${phrase} ${action ?? ''}`, `seed ${seed}`).not.toMatch(
        /or an exchange for a model that works/,
      );
    }
  });
});

describe('a meal on the house', () => {
  it('has a wording with no “on us” or “on the house” in it, for a page that used both lately', () => {
    const wordings = remedyWordings('a table on us next time you visit');
    expect(wordings.filter((w) => !/\bon (?:us|the house)\b/.test(w)).length).toBeGreaterThan(0);
  });
});
