import { chooseNextStep } from '@rebound/server/drafting/choose-remedy';
import { composeDraft } from '@rebound/server/drafting/index';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { everyWording, judged, offered, stepFor, withoutRefundCheck } from './remedy-helpers.ts';

// The offer fits what the reviewer already did with the goods: goods already sent back are not offered a return
// again, and what other buyers did is not taken for what this one did.

const store = judged('electronics-store');
// Any offer of another unit or of money in a reply.
const OFFERS_GOODS_OR_MONEY =
  /\b(?:replacement|new one|refund|money back|what you paid|full price|shipping paid|free of charge|at our cost|return (?:postage|shipping))\b/i;

describe('goods the reviewer already sent back', () => {
  const sentBack = [
    'The handset only works with a base station, and the listing never says so. Returned item',
    'Needs another unit to work, which nobody tells you. Returned.',
    'The screen was so dim I could not read it outdoors. Item returned.',
    'It would not read any of the discs I burned at home. I sent it right back.',
  ];

  it('are not offered a return or another unit again', () => {
    for (const text of sentBack) {
      expect(offered(stepFor(store, text, 2)), text).toMatch(/^call:(?:settled|returned)$/);
      for (const reply of everyWording(store, text, { rating: 2 }))
        expect(withoutRefundCheck(reply), text).not.toMatch(OFFERS_GOODS_OR_MONEY);
    }
  });

  it('still get the refund where nothing says the goods went back (near miss)', () => {
    for (const text of [
      'The handset only works with a base station, and the listing never says so.',
      'The screen cracked on the second day and now it will not turn on. Returned items get refunded, I hope.',
      "The sound crackles whenever the cord bends near the plug. Poor build all round. I'm thinking about sending it back.",
    ])
      expect(offered(stepFor(store, text, 2)), text).toMatch(/^(?:refund|replacement)$/);
  });
});

describe('what other buyers did with theirs', () => {
  const text =
    'The belt clip snapped after two hours of careful use. At the shop I was told the clips break and customers bring the cases back all the time. The case itself is solid.';

  it('is not read as this reviewer returning the goods', () => {
    expect(offered(stepFor(store, text, 2))).toMatch(/^(?:refund|replacement)$/);
  });

  it('still reads the reviewer’s own return (near miss)', () => {
    expect(
      offered(
        stepFor(store, 'The belt clip snapped after two hours. I brought the case back the same day.', 2),
      ),
    ).toMatch(/^call:(?:settled|returned)$/);
  });
});

describe('a fault the reviewer calls a design issue', () => {
  it('is not answered with another of the same', () => {
    const text =
      'The belt clip snapped within two hours, and I was careful with it. This is clearly a design issue.';
    expect(offered(stepFor(store, text, 2))).toBe('refund');
  });

  it('still gets a replacement for a unit that simply failed (near miss)', () => {
    const text = 'The belt clip snapped within two hours. I would like one that works.';
    expect(offered(stepFor(store, text, 2))).toBe('replacement');
  });
});

describe('a title that says the goods already went back', () => {
  const stepWithTitle = (text: string, title: string) => {
    const triage = triageReview({ rating: 2, text, title }, { sectorGroup: sectorGroupOf(store.sector) });
    return chooseNextStep(store.remedies, triage.situation, triage.themes, {
      regulated: store.regulated,
      reviewText: text,
      knowsProblem: true,
      title,
    });
  };
  const text = 'It would not play any of the discs I burned at home, though shop-bought films were fine.';

  it('is not offered a return again', () => {
    for (const title of ['Sent it right back', 'Very disappointed and I returned them', 'Took it back'])
      expect(offered(stepWithTitle(text, title)), title).toMatch(/^call:(?:settled|returned)$/);
  });

  it('keeps its offer where the title only names the fault or a return still to come (near miss)', () => {
    for (const title of ['Would not play burned discs', 'Thinking of sending it back'])
      expect(offered(stepWithTitle(text, title)), title).not.toMatch(/^call:(?:settled|returned)$/);
  });

  it('reads no return into a restaurant title about a plate sent back (near miss)', () => {
    const restaurant = judged('restaurant');
    const meal = 'The steak came out raw in the middle and the fries were cold.';
    const title = 'Sent it back';
    const triage = triageReview(
      { rating: 1, text: meal, title },
      { sectorGroup: sectorGroupOf(restaurant.sector) },
    );
    const step = chooseNextStep(restaurant.remedies, triage.situation, triage.themes, {
      regulated: restaurant.regulated,
      reviewText: meal,
      knowsProblem: true,
      title,
    });
    expect(offered(step)).toBe('refund');
  });
});

describe('goods the reviewer says still work well', () => {
  it('are answered with a word with them, not the price back', () => {
    for (const text of [
      'We have had ours for almost a year and it still works great, but the display lights up the whole bedroom even on its lowest setting.',
      'The radio works great... except there is no clip, so it bounces around in my pocket on every run.',
    ]) {
      expect(offered(stepFor(store, text, 2)), text).toBe('call:hear');
      for (const reply of everyWording(store, text, { rating: 2 }))
        expect(withoutRefundCheck(reply), text).not.toMatch(OFFERS_GOODS_OR_MONEY);
    }
  });

  it('still gets an offer where the goods worked only until they failed (near miss)', () => {
    for (const text of [
      'It works great, but only for ten minutes, and then the screen goes blank.',
      'The display lights up the whole bedroom even on its lowest setting, and the alarm button broke in a week.',
    ])
      expect(offered(stepFor(store, text, 2)), text).toMatch(/^(?:refund|replacement)$/);
  });
});

describe('the drafted reply reads the title for a return already made', () => {
  const text = 'It would not play any of the discs I burned at home, though the shop ones were fine.';
  const draft = (title: string) => {
    const review = { author: 'Jo B.', rating: 2, text, title };
    return composeDraft(review, triageReview(review, { sectorGroup: sectorGroupOf(store.sector) }), store)
      .text;
  };

  it('offers no return again where the title says the goods went back', () => {
    expect(withoutRefundCheck(draft('Sent it right back'))).not.toMatch(OFFERS_GOODS_OR_MONEY);
  });

  it('still offers the money back where the title only names the fault (near miss)', () => {
    expect(draft('Would not play burned discs')).toMatch(OFFERS_GOODS_OR_MONEY);
  });
});
