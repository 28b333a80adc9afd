import { withArticle } from '@rebound/server/drafting/compose-complaint';
import { type BusinessProfile, composeDraft } from '@rebound/server/drafting/index';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { judgedProfile } from './judged/profile.ts';

// The wording of complaint replies: no stitched sentences, no line that fits another trade, contact lines that agree
// with themselves and with the review, and a page of replies that does not read as one template.

const loadProfile = judgedProfile;
const restaurant = loadProfile('restaurant');
const hotel = loadProfile('hotel');
const electronics = loadProfile('electronics-store');
const service = loadProfile('service');

/** Every wording of one review's reply the composer can give, one a variant. */
function variants(profile: BusinessProfile, text: string, count = 24, rating = 1): string[] {
  const r = { author: null, rating, text, title: null };
  const triage = triageReview(r, { sectorGroup: sectorGroupOf(profile.sector) });
  return Array.from({ length: count }, (_, variant) => composeDraft(r, triage, profile, { variant }).text);
}

/** Drafts the reviews in order, each with the replies before it as the business's recent replies. */
function page(profile: BusinessProfile, reviews: readonly string[]): string[] {
  const recent: string[] = [];
  const sectorGroup = sectorGroupOf(profile.sector);
  for (const [i, text] of reviews.entries()) {
    const r = { author: null, rating: 1 + (i % 2), text, title: null, externalId: `wording-${i}` };
    const triage = triageReview(r, { sectorGroup });
    if (triage.escalation.escalate) continue;
    recent.push(composeDraft(r, triage, profile, { recent }).text);
  }
  return recent;
}

// The reply's own words, greeting and sign-off aside.
const bodyOf = (reply: string): string =>
  (reply.split('\n— ')[0] ?? '').replace(/^(?:Hi|Hello|Dear)\b.*\n+/, '').trim();
const sentencesOf = (text: string): string[] => text.split(/(?<=[.!?])\s+(?=[A-Z])/).filter(Boolean);

describe('a grievance named by a bare noun', () => {
  it('is given "the", so the apology never reads "I apologise for leaks"', () => {
    expect(withArticle('leaks')).toBe('the leaks');
    expect(withArticle('cold food')).toBe('the cold food');
  });

  it('keeps a noun that already says whose or which it is', () => {
    for (const noun of ['the leaks', 'your order', 'a cold room', 'no hot water', "the maker's pricing"])
      expect(withArticle(noun)).toBe(noun);
    expect(withArticle("Apple's pricing")).toBe("Apple's pricing");
    expect(withArticle('Wi-Fi')).toBe('Wi-Fi');
  });
});

describe('a grievance whose clause opens on "it", "you" or an adverb', () => {
  const replies = [
    ...variants(
      electronics,
      'Bought this for my son. It did not work for him at all and I want my money back.',
    ),
    ...variants(
      electronics,
      'After so little use it stopped working. The sound was also awful from day one.',
    ),
  ];

  it('is never made the subject of a sentence ("That it did not work for you is not good enough")', () => {
    for (const reply of replies)
      expect(reply, reply).not.toMatch(/(?:^|[.!?]\s+)That (?:it|you|they|after|when|once|there)\b/);
  });
});

describe('a reply to a stay with several things wrong', () => {
  const replies = variants(
    hotel,
    'The room had not been cleaned properly and the whole hotel was tired and needs updating. The window was tiny, ' +
      'the mattress was old and lumpy, and the carpet was stained. We did not sleep well at all for three nights.',
  );

  it('never stacks a third lifted grievance after two already told', () => {
    for (const reply of replies) {
      const apologies = sentencesOf(bodyOf(reply)).filter((s) =>
        /^(?:On top of that|To make it worse|That .* only made it worse|I also regret|I am also sorry|I am sorry too|I am sorry as well|I was sorry, too)\b/.test(
          s,
        ),
      );
      expect(apologies.length, reply).toBeLessThanOrEqual(1);
    }
  });
});

describe('a reply to goods bought from a shop', () => {
  const vague = [
    'Terrible. Would not recommend this to anyone.',
    'Very disappointed with this purchase overall, what a waste.',
    'Not happy at all. Two stars is generous.',
  ];

  it('never uses a line that fits only a visit ("your time with us", "earlier visits")', () => {
    for (const text of vague)
      for (const reply of variants(electronics, text, 30))
        expect(reply, reply).not.toMatch(/time with us|earlier visits/);
  });

  it("while a restaurant can still be sorry for the guest's time with it", () => {
    const replies = vague.flatMap((text) => variants(restaurant, text, 30));
    expect(replies.some((reply) => /your time with us/.test(reply))).toBe(true);
  });
});

describe('the contact lines of one reply', () => {
  const detailed = [
    'I ordered the lamb, which came out cold and tough, and the rice was undercooked. We waited fifty minutes for ' +
      'mains and nobody checked on us once. When I mentioned it the waiter shrugged. The bill was also wrong, so we paid for a dessert we never had.',
    'The charger stopped holding a charge after three weeks, the cable frayed at the plug, and the case cracked ' +
      'when it slipped off a desk. I expected much better for the money I paid for it.',
    'The plumber turned up two hours late, left mud all over the kitchen floor, and the tap he fitted still drips. ' +
      'He charged for a full hour although he was there for twenty minutes and never explained the bill.',
  ];
  const replies = [
    ...variants(restaurant, detailed[0] ?? '', 30, 2),
    ...variants(electronics, detailed[1] ?? '', 30),
    ...variants(service, detailed[2] ?? '', 30),
  ];

  it('never promises haste and a day’s wait at once, nor a reply once the reviewer has written', () => {
    for (const reply of replies) {
      expect(reply, reply).not.toMatch(
        /(?:The moment|As soon as) (?:I|we) hear from you, (?:I|we) will (?:reply|answer|respond|come back|get back|be back)/,
      );
      expect(reply, reply).not.toMatch(
        /(?:Once|As soon as|The moment) (?:I|we) hear from you, (?:I|we) will (?:reply|answer|respond)\b/,
      );
    }
  });

  it('never asks to hear "the rest" of a review that already told everything', () => {
    for (const reply of replies)
      expect(reply, reply).not.toMatch(/the rest\b(?! of our stock)|tell me (?:a little |some )?more/i);
  });

  it('asks to hear more of a short, vague review in some wording', () => {
    const short = ['Not great. Left disappointed.', 'Meh. Expected better.'].flatMap((text) =>
      variants(restaurant, text, 40, 2),
    );
    expect(short.some((reply) => /the rest\b|tell me (?:a little |some )?more/i.test(reply))).toBe(true);
  });

  it('says "directly", "what happened", "personally" or "properly" at most once', () => {
    const more = [
      ...variants(
        loadProfile('auto'),
        'The service fell short. Booked a check-up and nothing was done to the car.',
        150,
      ),
      ...variants(
        loadProfile('medical'),
        'Waited two hours past my appointment and the doctor barely spoke to me.',
        150,
      ),
    ];
    for (const reply of [...replies, ...more])
      for (const phrase of [
        /\bdirectly\b/g,
        /\bwhat happened\b/g,
        /\bpersonally\b|\bmyself\b/g,
        /\bproperly\b/g,
      ])
        expect(reply.match(phrase)?.length ?? 0, `${phrase} in ${reply}`).toBeLessThanOrEqual(1);
  });

  it('never tacks on "I appreciate the feedback"', () => {
    for (const reply of replies) expect(reply).not.toMatch(/I appreciate the feedback/);
  });
});

// Where a sentence gives the business's time: "within a day", "by tomorrow", "in the next twenty-four hours".
const timeAt = (sentence: string): number =>
  sentence.search(
    /\b(?:within|inside|in the next) (?:a|an|one|two|three|\d+|twenty-four|seventy-two|the next)\b|\b(?:by|before) (?:the end of |this time )?tomorrow\b|\bno later than tomorrow\b/,
  );

/** A reply's opening frame (any thanks, or its first two words) and its closing frame (how its last sentence runs). */
function framesOf(reply: string): string {
  const body = bodyOf(reply);
  const opening = /^(?:Thank|Thanks|I appreciate|I am grateful)\b/.test(body)
    ? 'thanks'
    : (body.toLowerCase().match(/[\p{L}']+/gu) ?? []).slice(0, 2).join(' ');
  const last = sentencesOf(body).at(-1) ?? '';
  const closing = /^(?:Thank|Thanks|I appreciate|I am grateful|I hope|I look forward)\b/.test(last)
    ? 'thanks'
    : /^(?:Once|As soon as|The moment) (?:I|we) hear from you|^Once you have been in touch/.test(last)
      ? 'after-contact'
      : /^(?:(?:If|As soon as|When) you (?:call|ring|phone)|Once you get in touch)\b|, or ring (?:me|us) on [^,]+, and /.test(
            last,
          )
        ? 'invite-then'
        : timeAt(last) < 0
          ? 'contact'
          : timeAt(last) < last.search(/@|\(\d{3}\)/)
            ? 'time-first'
            : 'time';
  return `${opening} … ${closing}`;
}

/** Pairs of replies within five in a row that share both their opening and their closing frame. */
function repeatedFrames(replies: readonly string[]): string[] {
  const found: string[] = [];
  for (let i = 0; i < replies.length; i++)
    for (let j = i + 1; j < Math.min(replies.length, i + 5); j++)
      if (framesOf(replies[i] ?? '') === framesOf(replies[j] ?? ''))
        found.push(`${i}/${j}: ${framesOf(replies[i] ?? '')}`);
  return found;
}

describe('a restaurant page of complaint replies', () => {
  const replies = page(restaurant, [
    'The rice was bland and the portion was tiny.',
    'Service was slow and our server forgot the drinks.',
    'Food was not up to standard tonight. Disappointed.',
    'The eggs came out scrambled when I ordered them fried.',
    'Cold fries, soggy burger. Will not be back.',
    'Waited forty minutes for the check after we finished.',
    'The soup was salty and the bread was stale.',
    'Overpriced for what you get, tiny plates.',
    'Our table was sticky and nobody wiped it down.',
    'The steak was overcooked and came without the sauce.',
  ]);

  it('never gives two of five replies in a row the same opening and the same closing frame', () => {
    expect(replies).toHaveLength(10);
    expect(repeatedFrames(replies)).toEqual([]);
  });

  it('gives the time before the contact details in some replies, and the contact details first or alone in others', () => {
    const closings = replies.map((reply) => framesOf(reply).split(' … ')[1]);
    expect(closings).toContain('time-first');
    expect(
      closings.some((closing) => closing === 'time' || closing === 'contact'),
      closings.join(', '),
    ).toBe(true);
  });

  it('closes the page on more than two kinds of contact or promise sentence', () => {
    const closings = new Set(replies.map((reply) => framesOf(reply).split(' … ')[1]));
    expect(closings.size).toBeGreaterThanOrEqual(3);
  });
});

describe('a shop page of complaint replies', () => {
  const replies = page(electronics, [
    'Stopped working after two weeks. Junk.',
    'The remote keeps losing its codes and I have to reprogram it every day.',
    'Cheap plastic, the hinge snapped on the first day.',
    'The earbuds sound tinny and the left one cuts out.',
    'Arrived with a cracked screen and the box was crushed.',
    'It runs hot and the fan is loud even when idle.',
    'The battery barely lasts an hour, nothing like the listing says.',
    'The rack tips over as soon as you put more than ten discs in it.',
  ]);

  it('never gives two of five replies in a row the same opening and the same closing frame', () => {
    expect(repeatedFrames(replies)).toEqual([]);
  });
});
