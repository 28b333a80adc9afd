import { visitedOnly } from '@rebound/server/drafting/remedy-readings';
import { describe, expect, it } from 'vitest';
import { everyWording, judged, offered, stepFor } from './remedy-helpers.ts';

const store = judged('electronics-store');
const hotel = judged('hotel');
const spa = judged('spa');

describe('an opinion on value, design or format is answered with a call, not money', () => {
  it('hears out a plain verdict that the goods are not worth the money', () => {
    const text = 'Way too expensive. Honestly these are not worth the money, get a cheaper one.';
    expect(offered(stepFor(store, text))).toBe('call:hear');
  });

  it('still offers the money back for goods that failed and are called not worth the money', () => {
    const text = 'It stopped working after a week. Not worth the money.';
    expect(offered(stepFor(store, text))).toBe('refund');
  });

  it('hears out a buyer whose player does not support the video formats they use', () => {
    const text =
      'This player does not support the divx or avi video formats, so most of my films will not go on it. What a piece of garbage.';
    expect(offered(stepFor(store, text))).toBe('call:hear');
  });

  it('still offers the money back for a player that stopped playing', () => {
    const text = 'The player stopped working after a week and shows a blank screen. What a piece of garbage.';
    expect(offered(stepFor(store, text))).toBe('refund');
  });

  it('hears out a buyer content on the whole ("so far so good")', () => {
    const text =
      'Hooked it up last week and so far so good. The labels on the front are a bit silly and I am not sure it is worth more than a plain strip.';
    expect(offered(stepFor(store, text, 2))).toBe('call:hear');
  });

  it('still offers a remedy where "so far so good" gave way to a failure', () => {
    const text = 'So far so good for the first week, then it died completely and will not turn on.';
    expect(offered(stepFor(store, text, 2))).not.toMatch(/^call/);
  });
});

describe('another of the same is not offered where it would fail the same way', () => {
  it('offers no replacement for discs that will not play in any of the players tried', () => {
    const text =
      'These cds burn fine but they will not play in most car stereos. I tried them in three different players and none of my players will read them.';
    const step = stepFor(store, text);
    expect(offered(step)).toBe('refund');
    for (const reply of everyWording(store, text)) expect(reply).not.toMatch(/\bunit\b/i);
  });

  it('still offers a replacement for a pack that arrived damaged', () => {
    const text = 'Half the discs in the spindle arrived cracked.';
    expect(offered(stepFor(store, text))).toBe('replacement');
  });
});

describe('nothing to post back', () => {
  it('chases a plan that was paid for and never received, with no return postage', () => {
    const text = 'I was charged for the protection plan but I never received the policy papers.';
    expect(offered(stepFor(store, text))).toBe('call:fix');
    for (const reply of everyWording(store, text))
      expect(reply).not.toMatch(/\breturn (?:postage|shipping)\b/i);
  });

  it('still offers the money back where only other goods bought since have not arrived', () => {
    const text =
      'The case scratched my player and is far too tight. Do not buy. I ordered a different case, which I have not received yet.';
    expect(offered(stepFor(store, text))).toBe('refund');
  });

  it('refunds a service plan without naming return postage', () => {
    const text =
      'I want a refund for this service plan. It covers nothing that ever goes wrong, the terms are useless.';
    const replies = everyWording(store, text);
    expect(replies.some((reply) => /\brefund|money back|full price\b/i.test(reply))).toBe(true);
    for (const reply of replies)
      expect(reply).not.toMatch(/\breturn (?:postage|shipping|label)|prepaid return\b/i);
  });

  it('keeps the return postage for goods in the buyer’s hands', () => {
    const text = 'The kettle leaks from the base and I want a refund.';
    const step = stepFor(store, text);
    expect(step.kind === 'remedy' && step.remedy.label).toMatch(/return shipping/);
  });
});

describe('a rebate turned down', () => {
  it('is chased in a call, not answered with the full price back', () => {
    const text =
      'The cash back offer sounded too good to be true... and sure enough they rejected my upcs twice, even though I kept copies.';
    expect(offered(stepFor(store, text))).toMatch(/^call/);
  });

  it('does not keep a remedy from goods that failed where a rebate is only mentioned', () => {
    const text = 'Got it with a nice rebate, but the hinge snapped after two days and the case fell apart.';
    expect(offered(stepFor(store, text))).not.toMatch(/^call/);
  });
});

describe('a hotel’s common areas', () => {
  it('are no ground for part of the stay’s price back where the room was clean', () => {
    const text =
      'Friendly staff. Room was clean but the hallways looked dated and worn. Handy for the motorway.';
    expect(offered(stepFor(hotel, text, 2))).toMatch(/^call/);
  });

  it('still gives part of the price back for a room that was worn and stained', () => {
    const text = 'The room was dated and worn, the carpet was stained and the shower would not drain.';
    expect(offered(stepFor(hotel, text, 2))).toBe('refund');
  });
});

describe('a treatment hurried through', () => {
  it('is offered the visit to put it right', () => {
    const text =
      'My daughter’s first manicure was rushed through in twenty minutes. The technician never let the polish dry between coats and it smudged before we got to the car.';
    for (const reply of everyWording(spa, text)) expect(reply).toMatch(/\bfree visit\b/i);
  });

  it('gets no free visit where the reviewer was hurt', () => {
    const text =
      'My pedicure was rushed through in twenty minutes and she cut my cuticle so badly it bled all the way home.';
    for (const reply of everyWording(spa, text)) expect(reply).not.toMatch(/\bfree visit\b/i);
  });

  it('gets no free visit from someone who will never come back', () => {
    const text = 'My manicure was rushed through in fifteen minutes. I will never go back.';
    for (const reply of everyWording(spa, text)) expect(reply).not.toMatch(/\bfree visit\b/i);
  });
});

describe('goods the buyer owns', () => {
  it('are offered a remedy even where the review tells of browsing the web', () => {
    const text =
      'I have had this router for six months and it drops the connection every few minutes while browsing MSN. Changed channels, reset it, nothing helps. Buyer beware.';
    expect(offered(stepFor(store, text, 2))).toBe('refund');
  });

  it('still reads browsing in the shop as a visit', () => {
    expect(visitedOnly('We went in and were browsing for twenty minutes and nobody came over.')).toBe(true);
  });
});
