import { type BusinessProfile, composeDraft } from '@rebound/server/drafting/index';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { judgedProfile } from './judged/profile.ts';

// How complaint replies are put together: every offer says when, a page of replies to one business does not share
// one outline, and the lines a reader would never write stay out.

const loadProfile = judgedProfile;

/** Drafts the reviews in order, each with the replies before it as the business's recent replies. */
function page(profile: BusinessProfile, reviews: readonly string[], rating = 1): string[] {
  const recent: string[] = [];
  const sectorGroup = sectorGroupOf(profile.sector);
  for (const [i, text] of reviews.entries()) {
    const r = { author: null, rating: rating + (i % 2), text, title: null, externalId: `shape-${i}` };
    const triage = triageReview(r, { sectorGroup });
    // A safety or health matter gets a holding reply, which is shaped elsewhere.
    if (triage.escalation.escalate) continue;
    recent.push(composeDraft(r, triage, profile, { recent }).text);
  }
  return recent;
}

// Every wording of a time the replies use: "within three days", "by tomorrow", "in the next twenty-four hours".
const TIME =
  /\b(?:within|inside|in the next) (?:a|an|one|two|three|four|five|six|seven|\d+|twenty-four|seventy-two|forty-eight|the next)\b|\b(?:by|before) (?:the end of |this time )?tomorrow\b|\bno later than tomorrow\b/gi;
const timesIn = (text: string): number => text.match(TIME)?.length ?? 0;
// An offer told as following the reviewer's message: "as soon as I hear from you", "If you ring …, I will …".
const TIED_TO_MESSAGE =
  /\b(?:as soon as|the moment|once (?:I|we|you)|if you|when you|the day you)\b|, and (?:I|we) will\b/i;

// The reply's own words: greeting and sign-off aside.
const bodyOf = (reply: string): string =>
  reply
    .replace(/\n— [^\n]*$/, '')
    .replace(/^(?:Hi|Hello|Dear)\b[^\n]*\n+/, '')
    .trim();
const sentencesOf = (text: string): string[] => text.split(/(?<=[.!?])\s+(?=[A-Z])/).filter(Boolean);

/**
 * The reply's outline as a reader sees it, one letter a sentence: T thanks, A apology, O offer, C contact details,
 * with "+" where the sentence also carries the time; a sentence that is none of these is left out.
 */
function outlineOf(reply: string): string {
  return sentencesOf(bodyOf(reply))
    .map((s) => {
      const when = timesIn(s) > 0 ? '+' : '';
      if (/@|\(\d{3}\)/.test(s)) return `C${when}`;
      if (/^(?:Thank|Thanks|I appreciate|I am grateful|I look forward|I hope to)\b/.test(s))
        return `T${when}`;
      if (/\b(?:sorry|apologi[sz]e|apologies|regret)\b/i.test(s))
        return /, and (?:I|we) (?:will|would|can|want|hope)\b/.test(s) ? `AO${when}` : `A${when}`;
      if (
        /\b(?:refund|replace|offer|arrange|I will|I can|let me|I would|I want|can we|give me|tell me)\b/i.test(
          s,
        )
      )
        return `O${when}`;
      return '';
    })
    .filter(Boolean)
    .join(' ');
}

const restaurantReviews = [
  'The risotto arrived lukewarm and the rice was chalky in the middle. Sent it back and the second one was no better. We had been looking forward to this dinner for weeks and it spoiled the evening.',
  'We waited fifty minutes for two pizzas on a quiet Tuesday night. Nobody came to tell us why, and when they finally arrived they were burnt on the bottom. The manager never came over.',
  'Our waiter was rude when we asked for the menu again and rolled his eyes at my mother. He then disappeared for twenty minutes and we had to flag down someone else to pay.',
  'The fish was overcooked and dry, and the chips were soggy. Not worth the price at all. The side salad had clearly been sitting out for a while and the dressing was missing.',
  'Booked a table for six and when we arrived they had given it away. We stood by the door for half an hour before anyone offered us a table in the back corner next to the toilets.',
  'The bill had two bottles of wine on it that we never ordered. It took ages to get it corrected, and the server acted as if we were trying to get away with something.',
  'Ordered the vegetarian lasagne and it came with bacon in it. I told the server and she just shrugged and said the kitchen would not take it back. I went home hungry.',
  'The steak was ordered medium rare and came out grey all the way through. The sauce was salty, the potatoes were cold in the middle, and the dessert took forty minutes to arrive.',
];

const electronicsReviews = [
  'The headphones stopped charging after three weeks. The left ear cup crackles too, and the case has already cracked at the hinge. Very poor for what they cost.',
  'This router drops the connection every evening and I have to restart it several times a day. I have tried every setting in the manual and nothing helps at all.',
  'The keyboard arrived with two keys missing and a scratched case. The box looked like it had been opened and taped shut again, so I doubt it was even new.',
  'Battery life on this speaker is nowhere near the twelve hours advertised, more like four. It also takes most of the night to charge back up, which makes it useless for trips.',
  'The webcam picture is grainy even in good light and the microphone picks up a constant hum. My colleagues complained about it on every call until I went back to the laptop camera.',
  'The mouse scroll wheel started skipping within a month. The left button double clicks on its own now as well, which makes it impossible to drag anything.',
  'The remote control stopped pairing with the TV after the first week. I replaced the batteries and followed the pairing steps twice, and it still will not connect.',
  'The external drive was much slower than the box claimed and the cable was too short to be usable. It also gets hot enough that I worry about leaving it plugged in.',
];

describe.each([
  ['a restaurant', 'restaurant', restaurantReviews],
  ['an electronics shop', 'electronics-store', electronicsReviews],
  ['a hotel', 'hotel', restaurantReviews.slice(0, 0)],
])('every complaint reply from %s says when, once', (_, kind, texts) => {
  const reviews =
    texts.length > 0
      ? texts
      : [
          'The room was dirty when we arrived, with hair in the shower and crumbs on the carpet. We asked for it to be cleaned and nobody came until the next afternoon.',
          'Check in took forty minutes and the room was nothing like the photos on the website. The view was of a car park and the window would not open.',
          'The heating did not work and we waited over an hour for anyone to look at it. In the end we slept in our coats and were charged the full rate anyway.',
          'The breakfast was cold and the coffee machine was broken both mornings. Staff shrugged when we asked and said it had been like that for a week.',
        ];
  const replies = page(loadProfile(kind), reviews);

  // A page whose every reply promises its days reads as a form: the time is given on most replies, never twice.
  it('gives a time at most once in a reply, and on most of the page', () => {
    expect(replies.length).toBeGreaterThan(0);
    for (const reply of replies) expect(timesIn(reply), reply).toBeLessThanOrEqual(1);
    expect(replies.filter((reply) => timesIn(reply) === 1).length).toBeGreaterThanOrEqual(replies.length / 2);
  });

  // An offer told bare is followed by the contact line that gives its time ("…, and I will have it done within …").
  it('gives every sentence that offers a refund, a replacement or a redo its time, or ties it to their message', () => {
    for (const reply of replies) {
      const sentences = sentencesOf(bodyOf(reply));
      for (const [i, sentence] of sentences.entries()) {
        if (!/\b(?:refund|replace|replacement|redo)\b/i.test(sentence)) continue;
        const next = sentences[i + 1] ?? '';
        const timedNext = /\bit (?:done|seen to)|\bit can all be done\b/.test(next) && timesIn(next) === 1;
        expect(timesIn(sentence) === 1 || TIED_TO_MESSAGE.test(sentence) || timedNext, reply).toBe(true);
      }
    }
  });
});

describe('a page of complaint replies to one business', () => {
  const replies = page(loadProfile('electronics-store'), electronicsReviews);
  const outlines = replies.map(outlineOf);

  it('uses at least four outlines over eight replies', () => {
    expect(new Set(outlines).size, outlines.join('\n')).toBeGreaterThanOrEqual(4);
  });

  it('gives no outline to more than a quarter of the page', () => {
    const count = new Map<string, number>();
    for (const outline of outlines) count.set(outline, (count.get(outline) ?? 0) + 1);
    for (const [outline, n] of count) expect(n, outline).toBeLessThanOrEqual(Math.ceil(replies.length / 4));
  });

  it('tells the apology and the offer in one sentence in some replies, and the contact details first in others', () => {
    expect(
      outlines.some((o) => /\bAO\+? C\b/.test(o)),
      outlines.join('\n'),
    ).toBe(true);
    expect(
      outlines.some((o) => /\bC O\+?/.test(o)),
      outlines.join('\n'),
    ).toBe(true);
  });

  it('ends no two replies with the same opening words in their last sentence', () => {
    const closers = replies.map((r) => sentencesOf(bodyOf(r)).at(-1)?.split(/\s+/).slice(0, 3).join(' '));
    expect(new Set(closers).size).toBe(closers.length);
  });
});

describe('a short review', () => {
  const profile = loadProfile('electronics-store');
  const shortOnes = [
    'Stopped working after a week. Junk.',
    'The charger gets very hot and charges slowly.',
    'Arrived with a cracked screen.',
    'Sound cuts out every few minutes.',
  ];
  const replies = page(profile, shortOnes);

  it('gets a reply of two or three sentences: the apology, then the offer and how to reach us', () => {
    for (const reply of replies) expect(sentencesOf(bodyOf(reply)).length, reply).toBeLessThanOrEqual(3);
    expect(replies.some((reply) => sentencesOf(bodyOf(reply)).length === 2)).toBe(true);
  });

  it('still names the contact details, and a time at most once', () => {
    for (const reply of replies) {
      expect(timesIn(reply), reply).toBeLessThanOrEqual(1);
      expect(reply).toMatch(/@/);
    }
  });
});

// Lines a reader would never write, or would not write to someone giving one or two stars.
const STOCK = [
  /What you went through is worth learning from/i,
  /Thanks for telling it as it was/i,
  /Thank you for giving us the chance to respond/i,
  /\bThanks? (?:you )?for flagging\b/i,
  /\bReading that [^.]*, I can only apologise\b/i,
  /\bto my attention\b/i,
  /\bmy full attention\b/i,
  /\bget to the bottom of this and fix it\b/i,
  /\bvalue hearing the full story, so we can learn from it\b/i,
  /, and [^.]*, and I will have an answer\b/i,
  /(?:^|[.!?] )(?:And [^.!?]*, which should not have happened either|Beyond that, )/,
  /\bIt also should not have been the case\b/,
];

describe('the lines a reader would not write', () => {
  const pages = [
    page(loadProfile('restaurant'), restaurantReviews),
    page(loadProfile('electronics-store'), electronicsReviews),
    page(loadProfile('hotel'), [
      'Check in took forty minutes and the room was nothing like the photos on the website.',
      'The bathroom was filthy and we were left waiting forty minutes for someone to come and clean it.',
      'The place was shabby and nothing like the listing, and we had to wait ages for our keys.',
      'The room was dirty and we waited an hour in the lobby before they found us another.',
    ]),
  ];

  it('never appear on a page of replies', () => {
    for (const reply of pages.flat()) for (const line of STOCK) expect(reply, String(line)).not.toMatch(line);
  });

  it('never appear in any wording of a holding reply', () => {
    const profile = loadProfile('hotel');
    const r = {
      author: null,
      rating: 1,
      text: 'We found cockroaches in the bathroom and under the bed.',
      title: null,
    };
    const triage = triageReview(r, { sectorGroup: sectorGroupOf(profile.sector) });
    for (let variant = 0; variant < 12; variant++) {
      const reply = composeDraft(r, triage, profile, { variant }).text;
      for (const line of STOCK) expect(reply, String(line)).not.toMatch(line);
    }
  });

  it('never appear in any wording of one reply', () => {
    const profile = loadProfile('electronics-store');
    const r = { author: null, rating: 1, text: electronicsReviews[0] ?? '', title: null };
    const triage = triageReview(r, { sectorGroup: sectorGroupOf(profile.sector) });
    for (let variant = 0; variant < 24; variant++) {
      const reply = composeDraft(r, triage, profile, { variant }).text;
      for (const line of STOCK) expect(reply, String(line)).not.toMatch(line);
    }
  });
});

describe('what the reviewer states as fact', () => {
  const reply = (kind: string, text: string): string => {
    const profile = loadProfile(kind);
    const r = { author: null, rating: 1, text, title: null };
    return composeDraft(r, triageReview(r, { sectorGroup: sectorGroupOf(profile.sector) }), profile).text;
  };

  it('is not told back as something they only felt', () => {
    expect(
      reply(
        'restaurant',
        'The waiter rushed us through every course and cleared our plates before we had finished. We were out in forty minutes.',
      ),
    ).not.toMatch(/\byou felt (?:rushed|hurried)\b/);
    expect(
      reply(
        'hotel',
        'The property is tired and dated. The carpets are worn through and the furniture is falling apart.',
      ),
    ).not.toMatch(/\bfelt (?:so )?(?:tired|dated|worn)\b/);
  });
});
