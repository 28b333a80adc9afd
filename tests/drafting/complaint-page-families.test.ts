import { type BusinessProfile, composeDraft } from '@rebound/server/drafting/index';
import { TELLS_TIME } from '@rebound/server/drafting/page-timing';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { beforeAll, describe, expect, it } from 'vitest';
import { judgedProfile } from './judged/profile.ts';

// A long page of one shop's complaint replies, drafted in order: wordings of one family ("Once I hear from you",
// "Once you have been in touch"; "Drop me an email", "Send me a message"; "a proper answer from me") read as one form
// however their words differ, so each family is heard on few replies of the page; every reply still gives a way to
// reach the contact and says when.

const profile: BusinessProfile = judgedProfile('electronics-store');

const REVIEWS = [
  'The left earbud went silent after a week. I expected more from a pair at this price.',
  'My router drops the connection every evening and I have to restart it twice a night.',
  'The charger arrived with a cracked casing and a bent pin. Not safe to plug in, so it went straight back.',
  'The speaker hisses constantly, even with nothing playing. Really spoils quiet music.',
  'Battery on this tablet barely lasts two hours. The box claimed ten.',
  'Keyboard keys started sticking within a month of normal typing. Very disappointed.',
  'The remote stopped pairing with the TV after the first week and no amount of resetting helps.',
  'Picture on this monitor has a yellow tint in one corner that no setting removes.',
  'The webcam image is grainy and dark even in a bright room. Not worth the money at all.',
  'Mouse scroll wheel skips and jumps all over the place. Cheap feel overall.',
  'The hard drive started clicking after three months and now will not mount at all.',
  'Headphones are so tight they hurt after twenty minutes, and the padding is already peeling.',
  'The smart plug loses its schedule whenever the power flickers. Useless for what I bought it for.',
  'The phone case cracked at the corner the first time I dropped it from a chair.',
  'The cable was far shorter than the listing said and it barely reaches from the desk.',
  'Sound bar has a constant buzz through the subwoofer. Returned it already.',
];

// Families of wording that read as one line on a page, however their words differ.
const FAMILIES: Record<string, RegExp> = {
  'once …': /\bOnce (?:I hear from you|you have been in touch|you reply|you do)\b/,
  'casual invitation': /\b(?:Drop me|Send me a|Message me|Give me a (?:ring|call))\b/,
  'an answer as a thing': /\b(?:proper|full) answer\b|\ban answer from me\b/,
  'letting down': /\b(?:letting|let) you down\b/,
};

describe('a long shop page of complaint replies drafted in sequence', () => {
  let replies: string[] = [];
  beforeAll(() => {
    const recent: string[] = [];
    for (const [i, text] of REVIEWS.entries()) {
      const review = { author: null, rating: 1, text, title: null };
      const triage = triageReview(review, { sectorGroup: sectorGroupOf(profile.sector) });
      recent.push(composeDraft({ ...review, externalId: `fam-${i}` }, triage, profile, { recent }).text);
    }
    replies = recent;
  });

  for (const [family, pattern] of Object.entries(FAMILIES)) {
    it(`says a wording of the '${family}' family on two replies at most`, () => {
      const carrying = replies.filter((reply) => pattern.test(reply));
      expect(carrying.length, carrying.join('\n---\n')).toBeLessThanOrEqual(2);
    });
  }

  it('still gives the contact details and a time in every reply', () => {
    for (const reply of replies) {
      expect(reply).toMatch(/@|\(555\)/);
      // An offer tied to the reviewer's message ("If you email me…, I will…", "the moment you say the word") is timed
      // by it.
      expect(`${TELLS_TIME.test(reply)} ${reply}`).toMatch(
        /^true|\b(?:straight away|at once|the moment|as soon as|once (?:I|you)|if you|when you|say the word)\b/i,
      );
    }
  });
});
