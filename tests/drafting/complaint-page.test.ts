import { type BusinessProfile, composeDraft } from '@rebound/server/drafting/index';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { checkReply, hasBlocking } from '@rebound/shared';
import { describe, expect, it } from 'vitest';
import { judgedProfile } from './judged/profile.ts';

const loadProfile = judgedProfile;

// One business's complaint replies are read together as one public page: these are written to be read that way.

const restaurantReviews = [
  'The risotto arrived lukewarm and the rice was chalky in the middle. Sent it back and the second one was no better.',
  'We waited fifty minutes for two pizzas on a quiet Tuesday night. Nobody came to tell us why.',
  'Our waiter was rude when we asked for the menu again and rolled his eyes at my mother.',
  'The fish was overcooked and dry, and the chips were soggy. Not worth the price at all.',
  'Booked a table for six and when we arrived they had given it away. We stood by the door for half an hour.',
  'We have eaten here every month for years but tonight the lamb was tough and the sauce was salty.',
  'The bill had two bottles of wine on it that we never ordered. It took ages to get it corrected.',
  'Dessert menu promised a warm brownie but it came straight from the fridge, hard as a brick.',
  'The music was so loud we had to shout across the table the whole evening.',
  'Ordered the vegetarian lasagne and it came with bacon in it. I told the server and she just shrugged.',
  'Tables were sticky, the cutlery had dried food on it and the floor by our booth was covered in crumbs.',
  'Portions have shrunk while prices went up. A starter size pasta for a main course price.',
  'The steak was ordered medium rare and came out grey all the way through.',
  'We were seated next to the kitchen door and the staff ignored us for twenty minutes.',
];

const electronicsReviews = [
  'The headphones stopped charging after three weeks. The left ear cup crackles too.',
  'This router drops the connection every evening and I have to restart it several times a day.',
  'The keyboard arrived with two keys missing and a scratched case.',
  'Battery life on this speaker is nowhere near the twelve hours advertised, more like four.',
  'The webcam picture is grainy even in good light and the microphone picks up a constant hum.',
  'Bought the charger and it gets very warm and charges my phone slowly.',
  'The mouse scroll wheel started skipping within a month. Cheap build.',
  'The remote control stopped pairing with the TV after the first week.',
  'Instructions were useless and the setup app kept crashing on my phone.',
  'The screen protector had bubbles no matter how carefully I applied it, and it cracked at the corner.',
  'The external drive was much slower than the box claimed and the cable was too short to be usable.',
  'Ordered the black model and received a white one, and the box had clearly been opened before.',
  'The earbuds keep falling out of my ears and the case lid is loose.',
  'My tablet case split along the spine after two weeks of light use.',
];

function page(profile: BusinessProfile, texts: readonly string[]): string[] {
  const recent: string[] = [];
  const sectorGroup = sectorGroupOf(profile.sector);
  for (const [i, text] of texts.entries()) {
    const r = { author: null, rating: 1 + (i % 2), text, externalId: `page-${i}` };
    recent.push(composeDraft(r, triageReview(r, { sectorGroup }), profile, { recent }).text);
  }
  return recent;
}

// The reply's own sentences: greeting, sign-off and the sentences carrying contact details left out, since those
// are the business's own and expected on every reply.
const ownSentences = (reply: string): string[] =>
  reply
    .replace(/\n— [^\n]*$/, '')
    .replace(/^(?:Hi|Hello|Dear)\b[^\n]*\n+/, '')
    .split(/(?<=[.!?])\s+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0 && !/@|\d{3}/.test(s));

// Phrases a reader of one page remembers after seeing them once.
const DISTINCTIVE = [
  /\bshould have been\b/i,
  /\b(?:make|put) (?:this|it) right with you\b/i,
  /^Hi there,/m,
  /\bwith you directly\b/i,
  /\bthanks? (?:you )?for taking the (?:time|trouble)\b/i,
  /\bI would welcome\b/i,
  /\bfell (?:so far )?short\b/i,
  /\bnot the (?:standard|experience)\b/i,
  /\bwithin a day\b/i,
  /\bby tomorrow\b/i,
];

// Sentences glued together from two templates.
const STITCHED = [
  /, so if a call is easier/i,
  /\bdirectly\b[^.]*\bdirectly\b/i,
  /being so clear about what happened/i,
  /\bsee it through to a proper fix\b/i,
  /\bI am sorry\b[^.]*; I am sorry too\b/i,
  /\b(?:fix(?: it)?|right|personally|myself), so (?:whenever|ring|call|drop|please|email)\b/i,
];

const OPENS_WITH_THANKS = /^(?:Thank|Thanks|I appreciate|I am grateful)\b/;
const bodyOf = (reply: string): string =>
  reply
    .replace(/\n— [^\n]*$/, '')
    .replace(/^(?:Hi|Hello|Dear)\b[^\n]*\n+/, '')
    .trim();

describe.each([
  ['a restaurant', 'restaurant', restaurantReviews],
  ['an electronics shop', 'electronics-store', electronicsReviews],
])('a page of complaint replies from %s', (_, kind, texts) => {
  const profile = loadProfile(kind);
  const replies = page(profile, texts);

  it('gives the business’s own contact details in words the safety check knows as an invitation', () => {
    for (const [i, reply] of replies.entries()) {
      const ctx = { reviewText: texts[i] ?? '', businessContacts: [] };
      expect(hasBlocking(checkReply(reply, ctx)), reply).toBe(false);
    }
  });

  it('repeats no sentence of its own', () => {
    const seen = new Map<string, number>();
    for (const [i, reply] of replies.entries()) {
      for (const sentence of ownSentences(reply)) {
        expect(seen.get(sentence), `"${sentence}" in replies ${seen.get(sentence)} and ${i}`).toBeUndefined();
        seen.set(sentence, i);
      }
    }
  });

  it('uses each distinctive stock phrase at most once', () => {
    for (const phrase of DISTINCTIVE) {
      const using = replies.filter((reply) => phrase.test(reply));
      expect(using.length, `${phrase} in:\n${using.join('\n---\n')}`).toBeLessThanOrEqual(1);
    }
  });

  it('has no sentence glued together from two', () => {
    for (const reply of replies)
      for (const stitch of STITCHED) expect(reply, String(stitch)).not.toMatch(stitch);
  });

  it('varies the outline: thanks opens a minority of replies, and no two neighbours share a shape', () => {
    const opensWithThanks = replies.filter((reply) => OPENS_WITH_THANKS.test(bodyOf(reply)));
    expect(opensWithThanks.length).toBeLessThanOrEqual(Math.ceil(replies.length / 3));
    const told = replies.filter((reply) =>
      /\b(?:If you (?:call|ring|email)|Once you get in touch|As soon as you (?:call|write)|When you call)\b|, or ring me on [^,]+, and /.test(
        reply,
      ),
    );
    expect(told.length).toBeGreaterThan(0);
    const firstWords = replies.map((reply) => bodyOf(reply).split(/\s+/).slice(0, 3).join(' '));
    for (let i = 1; i < firstWords.length; i++) expect(firstWords[i]).not.toBe(firstWords[i - 1]);
  });
});

// Stays with two grievances each, of different kinds, as a hotel's page often holds.
const twoGrievanceStays = [
  'Check in took forty minutes and the room was nothing like the photos on the website.',
  'The bathroom was filthy and we were left waiting forty minutes for someone to come and clean it.',
  'The heating did not work and we waited over an hour for anyone to look at it.',
  'The place was shabby and nothing like the listing, and we had to wait ages for our keys.',
  'The room was dirty and we waited an hour in the lobby before they found us another.',
  'Nothing like the photos online. We also waited forty five minutes to check in.',
];

describe('a page of hotel replies to stays with two grievances', () => {
  const replies = page(loadProfile('hotel'), twoGrievanceStays);
  // One sentence apologising for both: "sorry that A, and that B".
  const BOTH_IN_ONE =
    /^[^.!?]*\b(?:that|learn that|read that)\b[^.!?]*,? (?:and|or) (?:sorry too )?that (?!is\b|was\b|only\b)/i;

  it('does not open most replies with the same two-part apology', () => {
    const both = replies.filter((reply) => ownSentences(reply).some((s) => BOTH_IN_ONE.test(s)));
    expect(both.length, both.join('\n---\n')).toBeLessThanOrEqual(replies.length / 2);
  });

  it('never tacks the second grievance on in a sentence of its own', () => {
    for (const reply of replies)
      expect(reply).not.toMatch(
        /(?:^|[.!?] )(?:(?:On top of that|Beyond that|Added to that|To make it worse), |That [^.!?]* only made it worse)/,
      );
  });
});
