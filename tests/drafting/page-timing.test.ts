import { inviteLine } from '@rebound/server/drafting/invite-line';
import { TELLS_TIME } from '@rebound/server/drafting/page-timing';
import * as t from '@rebound/server/drafting/templates';
import { createWriter } from '@rebound/server/drafting/writer';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { draftPage } from './happy-drafts.ts';
import { judged } from './remedy-helpers.ts';

const store = judged('electronics-store');
const text = 'The speaker crackles at any volume and the battery is flat within an hour.';
const { situation } = triageReview({ rating: 1, text }, { sectorGroup: sectorGroupOf(store.sector) });
const invitationsFor = (recent: readonly string[]): string[] =>
  Array.from({ length: 12 }, (_, seed) =>
    inviteLine(createWriter(store, situation, seed, true, recent), 'within a day'),
  );

describe('the time on a reply’s invitation, down a page', () => {
  it('is given where the latest replies did not promise times one after another', () => {
    const recent = [
      'I am sorry the cable frayed. I will refund you within three days of hearing from you.',
      'I am sorry it arrived late. Email me and I will look into it.',
      'I am sorry the case cracked. Please ring me.',
    ];
    for (const line of invitationsFor(recent)) expect(line).toMatch(TELLS_TIME);
  });

  it('is kept where two of the latest three replies already promised one: it is the reply’s only time', () => {
    const recent = [
      'I am sorry the case cracked. Please ring me.',
      'I am sorry the cable frayed. I will refund you within three days of hearing from you.',
      'I am sorry it arrived late. Email me, and I will reply inside one working day.',
    ];
    for (const line of invitationsFor(recent)) {
      expect(line).toMatch(TELLS_TIME);
      expect(line).toMatch(/@/);
    }
  });

  it('gives no time where the offer carried its own', () => {
    for (const seed of [0, 1, 2, 3])
      expect(inviteLine(createWriter(store, situation, seed, true, []), '')).not.toMatch(TELLS_TIME);
  });

  it('does not open on the words the latest replies closed on', () => {
    const recent = ['Sorry it broke. Email me at help@circuitcorner.example or call me on (555) 118-6620.'];
    for (const line of invitationsFor(recent)) expect(line).not.toMatch(/^Email me at/);
  });
});

describe('an offer that follows the reviewer’s message', () => {
  it('has wordings that promise no span of days, told as soon as they get in touch', () => {
    for (const pool of [t.remedyTimed, t.remedyActionTimed, t.joinedRemedy, t.joinedAction]) {
      const untimed = pool.filter((line) => !line.includes('{within}'));
      expect(untimed.length).toBeGreaterThan(0);
      for (const line of untimed) expect(line).toMatch(/\bas soon as\b|\bthe moment\b|\bthe day you\b/i);
    }
  });

  it('leaves the days off some of a shop page’s refund and replacement replies, and never says them twice', () => {
    const replies = draftPage(store, [
      { text: 'The headphones stopped charging after three weeks. Very poor for what they cost.', rating: 1 },
      { text: 'This router drops the connection every evening and nothing in the manual helps.', rating: 1 },
      { text: 'The keyboard arrived with two keys missing and a scratched case.', rating: 1 },
      { text: 'The webcam picture is grainy and the microphone picks up a constant hum.', rating: 1 },
      {
        text: 'The mouse wheel started skipping within a month, and the left button double clicks.',
        rating: 1,
      },
      { text: 'The remote stopped pairing with the TV after the first week.', rating: 1 },
      { text: 'The external drive is far slower than the box claimed and gets very hot.', rating: 1 },
      { text: 'The charger died after five days and the cable is frayed already.', rating: 1 },
    ]);
    const spans = replies.map((reply) => reply.match(new RegExp(TELLS_TIME.source, 'gi'))?.length ?? 0);
    expect(
      spans.every((n) => n <= 1),
      replies.join('\n\n'),
    ).toBe(true);
    expect(spans.filter((n) => n === 0).length, replies.join('\n\n')).toBeGreaterThan(0);
    expect(spans.filter((n) => n === 1).length, replies.join('\n\n')).toBeGreaterThanOrEqual(
      replies.length / 2,
    );
  });
});

describe('an offer to talk, down a page', () => {
  it('always tells when the reviewer will hear back, since the invitation is the reply’s only time', () => {
    const replies = draftPage(store, [
      { text: 'The man at the counter was rude when I asked about the warranty.', rating: 1 },
      { text: 'I was charged more at the till than the price on the shelf.', rating: 1 },
      { text: 'Nobody answered the phone for three days when I called about my repair.', rating: 1 },
      { text: 'The salesman talked down to me and would not let me finish a sentence.', rating: 1 },
      { text: 'They quoted one price on the phone and charged another in the shop.', rating: 2 },
      { text: 'Staff ignored me for twenty minutes while they chatted behind the desk.', rating: 1 },
      { text: 'My warranty claim has been open for six weeks with no update.', rating: 1 },
      { text: 'The assistant was sarcastic when I asked for help finding a cable.', rating: 1 },
    ]);
    const timed = /\b(?:the moment|as soon as|once|the day) (?:you|I|we)\b/i;
    for (const reply of replies) expect(TELLS_TIME.test(reply) || timed.test(reply), reply).toBe(true);
  });
});
