import { type BusinessProfile, composeDraft } from '@rebound/server/drafting/index';
import { TELLS_TIME } from '@rebound/server/drafting/page-timing';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { beforeAll, describe, expect, it } from 'vitest';
import { judgedProfile } from './judged/profile.ts';

// The sentence that tells the reviewer how to reach us and what follows reads as one sentence a person would write:
// it does not name the way to reach us twice ("Ring me on …. When you contact me, …"), promise haste and a day's wait
// at once ("As soon as you phone me …, I will get back to you within a day"), count from a letter while asking for a
// call ("… once you write; call me on …"), or talk on the phone and then make time to talk later.

const PAGES: ReadonlyArray<readonly [string, readonly string[]]> = [
  [
    'restaurant',
    [
      'The lamb was tough and the gravy was cold by the time it reached us.',
      'We waited fifty minutes for starters on a quiet Tuesday and nobody said why.',
      'Our waiter was curt with us all evening and sighed when we asked for water.',
      'The table was sticky and the cutlery had bits of dried food on it.',
      'They forgot one of our mains completely and we ate in shifts.',
      'The risotto was gluey and had no taste at all. Not worth the price.',
      'We had booked for eight but they gave our table away and we waited at the bar.',
      'Bland curry, soggy rice, and the naan was burnt on one side.',
      'The music was so loud that we could not hear each other across the table.',
      'Ordered the fish special and it came out dry and overcooked.',
      'Service was painfully slow and the food was only lukewarm.',
      'The dessert menu promised a tart that they no longer make, and nobody told us until we ordered it.',
    ],
  ],
  [
    'hotel',
    [
      'The room smelled of damp and the shower barely ran warm.',
      'Check-in took forty minutes and the clerk was short with us the whole time.',
      'The carpet was stained and the curtains would not close properly.',
      'Paid for a sea view and got a view of the car park.',
      'Breakfast was stale pastries and weak coffee. Very poor for the price.',
      'The air conditioning rattled all night and nobody came to fix it.',
      'Our booking had been lost and we had to wait while they found us a room.',
      'The bed was lumpy and the pillows were flat.',
      'Housekeeping never came during our three night stay.',
      'The pool was closed for the whole weekend and nobody told us when we booked.',
    ],
  ],
  [
    'salon',
    [
      'The colour came out brassy, nothing like the photo I brought in.',
      'I waited half an hour past my appointment time and was rushed through the cut.',
      'The stylist barely spoke to me and seemed annoyed by every question.',
      'My fringe was cut far too short and uneven.',
      'They charged me for a treatment I never had.',
      'The highlights were patchy and started fading within a week.',
      'The place was dusty and the basin was grimy.',
      'My appointment was double-booked and I was sent away.',
    ],
  ],
  [
    'electronics-store',
    [
      'The speaker crackles at any volume and the battery is flat within an hour.',
      'The router drops the connection every evening and the manual is no help.',
      'The keyboard arrived with two keys missing.',
      'The webcam picture is grainy and the microphone picks up a constant hum.',
      'The remote stopped pairing with the TV after the first week.',
      'The external drive is far slower than the box claimed and gets very hot.',
      'The charger died after five days and the cable is frayed already.',
      'The headphones stopped charging after three weeks. Very poor for what they cost.',
      'The clock radio loses time every night and the alarm is far too quiet.',
      'The blender motor burned out the second time I used it.',
    ],
  ],
];

/** One page of replies per profile, drafted in sequence with the page so far as the recent replies. */
function page(profile: BusinessProfile, texts: readonly string[], variant: number): string[] {
  const recent: string[] = [];
  for (const [i, text] of texts.entries()) {
    const review = { author: null, rating: 1, text, title: null, externalId: `wording-${variant}-${i}` };
    const triage = triageReview(review, { sectorGroup: sectorGroupOf(profile.sector) });
    recent.push(composeDraft(review, triage, profile, { recent, variant }).text);
  }
  return recent;
}

/** A reply's sentences, the dots of an address aside. */
const sentencesOf = (reply: string): string[] =>
  (reply.split('\n\n— ')[0] ?? '').split(/(?<=[.!?])\s+(?=[A-Z])/).filter(Boolean);

const NAMES_CONTACT_AGAIN =
  /^(?:When you contact (?:me|us)|Once you have been in touch|The day you get in touch)\b/;
const HASTE = /^(?:As soon as|The moment) (?:you|I)\b/;
const PHONE_ONLY = /\(\d{3}\) \d{3}-\d{4}/;
const LATER_TALK = /\b(?:make time|set aside time|get back to you|reply|respond|write back)\b/;

/** Every stitched joint a reply has, as the sentences that make it. */
function stitches(reply: string): string[] {
  const found: string[] = [];
  const sentences = sentencesOf(reply);
  sentences.forEach((sentence, i) => {
    const before = sentences[i - 1] ?? '';
    if (NAMES_CONTACT_AGAIN.test(sentence)) found.push(`${before} ${sentence}`);
    if (HASTE.test(sentence) && TELLS_TIME.test(sentence)) found.push(sentence);
    if (/\bwe can talk it over, and (?:within|inside)\b/.test(sentence)) found.push(sentence);
    if (/\bof your reply\b/.test(sentence)) found.push(sentence);
    if (/\bas soon as you write\b/.test(sentence)) found.push(sentence);
    if (/\bonce you write\b/.test(sentence) && /\b(?:call|ring|phone)\b/i.test(sentence))
      found.push(sentence);
    // An invitation to ring and nothing else, followed by a talk or an answer to come later.
    if (
      PHONE_ONLY.test(before) &&
      !/@/.test(before) &&
      /^(?:Once|When|As soon as|The moment)\b/.test(sentence) &&
      LATER_TALK.test(sentence)
    )
      found.push(`${before} ${sentence}`);
  });
  return found;
}

describe('the contact line and what follows it, on pages of replies', () => {
  let replies: string[] = [];
  beforeAll(() => {
    replies = PAGES.flatMap(([name, texts]) =>
      [0, 1].flatMap((variant) => page(judgedProfile(name), texts, variant)),
    );
  });

  it('never stitches the invitation and the promise into two sentences that repeat or contradict each other', () => {
    const stitched = replies.flatMap(stitches);
    expect(stitched, stitched.join('\n')).toEqual([]);
  });

  it('still tells what follows the contact details as its own sentence on some replies', () => {
    const after = replies.filter((reply) =>
      sentencesOf(reply).some((s) =>
        /^(?:Once I hear from you|When you do|As soon as I hear from you),/.test(s),
      ),
    );
    expect(after.length).toBeGreaterThan(3);
  });

  it('still gives every offer a time, or ties it to the reviewer’s message', () => {
    const offers = replies.filter((reply) =>
      /\b(?:refund|replacement|on us|on the house|at our expense)\b/.test(reply),
    );
    expect(offers.length).toBeGreaterThan(10);
    for (const reply of offers)
      expect(
        TELLS_TIME.test(reply) ||
          /\b(?:as soon as|the moment|once I|when you|if you|say the word|at once|straight away)\b/i.test(
            reply,
          ),
        reply,
      ).toBe(true);
  });
});
