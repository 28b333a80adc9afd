import { describe, expect, it } from 'vitest';
import { bodyOf, draftPage, type PageReview, replyTo } from './happy-drafts.ts';
import { loadProfile, loadSet } from './sample-drafts.ts';

// A thank-you says only what the review gives it: no "it all went so smoothly" for a review that never said so, no
// bare noun lifted from an aside, no "the full picture" beside pure praise, a sorry for a fault the reviewer went
// through, and no one frame for a product's worth heard again and again down a shop's page.

// Lines that claim a smooth visit or a product that has served the reviewer over time.
const CLAIMS =
  /smooth|without a hitch|\bto plan\b|went the way|making life easier|serving you well|earning (?:its|their) keep|pulling (?:its|their) weight|came together/i;
// How a reviewer says it went smoothly, or that they have used a product for a while: then the claim may be made.
const TOLD =
  /smooth|seamless|hassle|hitch|hiccup|fuss|problem|issue|trouble|easy|easily|effortless|painless|straightforward|breeze|quick (?:visit|appointment|check-?in|check-?out|service|turnaround)|in and out|went (?:well|perfectly|great|fine)|as planned|to plan|on time|on schedule|clockwork|weeks?|months?|years?|so far|still|every ?day|daily|been using|since (?:i|we)/i;

const page = (kind: string, reviews: readonly (string | PageReview)[]): string[] =>
  draftPage(loadProfile(kind), reviews).map(bodyOf);

describe('a happy note claims no smooth visit the review did not tell of', () => {
  it('never says it all went smoothly or to plan, nor that a product serves them well, unless the review says so', () => {
    const local = loadSet('positive').slice(0, 160);
    const electronics = loadSet('electronics-positive')
      .filter((r) => r.rating >= 4)
      .slice(0, 80);
    const claimed: string[] = [];
    for (const kind of ['restaurant', 'hotel', 'medical', 'shop', 'service']) {
      const reviews = local.filter((r) => r.kind === kind).filter((r) => !TOLD.test(r.text));
      page(
        kind,
        reviews.map((r) => ({ text: r.text, rating: r.rating })),
      ).forEach((reply) => {
        if (CLAIMS.test(reply)) claimed.push(reply);
      });
    }
    const products = electronics.filter((r) => !TOLD.test(`${r.title ?? ''} ${r.text}`));
    page(
      'electronics',
      products.map((r) => ({ text: r.text, rating: r.rating, title: r.title ?? undefined })),
    ).forEach((reply) => {
      if (CLAIMS.test(reply)) claimed.push(reply);
    });
    expect(claimed.slice(0, 3)).toEqual([]);
  });

  it('still may say it went smoothly where the reviewer said so', () => {
    const smooth = [
      'Everything went smoothly from check-in to checkout, no hassle at all.',
      'The visit was smooth and painless, start to finish.',
      'No problems at all, the whole thing went like clockwork.',
      'It was all so easy and went without a hitch.',
      'Smooth booking, on time, no fuss.',
      'Seamless from the front desk to the end of the appointment.',
      'Very easy visit, everything ran on schedule.',
      'Straightforward and smooth, as it should be.',
    ];
    const replies = page('medical', smooth);
    expect(
      replies.filter((reply) => /smooth|to plan|without a hitch|went the way|came together/i.test(reply))
        .length,
    ).toBeGreaterThan(0);
  });
});

describe('a bare noun from an aside is not what the note thanks for', () => {
  const story =
    'We brought a big group of twelve for a birthday and they fitted us in at short notice. The evening was a joy, ' +
    'everyone was laughing and the room was buzzing all night. We stayed for hours. The bread was good.';

  it('thanks in general words rather than for a noun said in passing at the end', () => {
    const reply = replyTo('restaurant', story, 5);
    expect(reply).not.toMatch(/\bthe bread\b/i);
  });

  it('still names a plain noun that opens the review', () => {
    const reply = replyTo('restaurant', 'The bread was good. We will be back for more.', 5);
    expect(reply).toMatch(/\bthe bread\b/i);
  });

  it('never holds a bare noun up in a stitched frame ("your thoughts on the pasta")', () => {
    const plain = [
      'The pasta was good. Nice evening.',
      'The pizza was good. We had a fun night.',
      'The soup was great. Will return.',
      'The burger was good. Friendly place.',
      'The coffee was great. Nice spot.',
      'The salad was good. Lovely evening out.',
      'The steak was great. Good night out.',
      'The curry was good. Fun evening.',
      'The dessert was great. Nice time.',
      'The wine was good. Lovely night.',
      'The fish was good. Pleasant evening.',
      'The cake was great. Good fun.',
    ];
    const replies = page('restaurant', plain);
    const stitched = /thoughts on the|shout-out to the|the \w+ got a mention|thing to say about the/i;
    expect(replies.filter((reply) => stitched.test(reply))).toEqual([]);
    // The frames are still said of praise told in the reviewer's own describing words.
    expect(
      replies.filter((reply) =>
        /\bthe (?:pasta|pizza|soup|burger|coffee|salad|steak|curry|dessert|wine|fish|cake)\b/i.test(reply),
      ).length,
    ).toBeGreaterThan(6);
  });
});

describe('lines that fit the trade and the review', () => {
  const glowing =
    'I was sent here for an emergency procedure and cannot say enough about how incredible the staff were. ' +
    'The follow-up phone call showed how caring they are. Amazing! My family has a new dentist.';

  it('never tells a wholly glowing practice review it gave "the full picture", nor calls a practice a shop', () => {
    for (const rating of [4, 5]) {
      const reply = replyTo('medical', glowing, rating);
      expect(reply).not.toMatch(
        /candour|(?:full|whole) picture|even-handed|less rosy|less glowing|critical parts|balanced/i,
      );
    }
    const replies = page('medical', [
      glowing,
      ...loadSet('positive')
        .filter((r) => r.kind === 'medical')
        .slice(0, 12)
        .map((r) => r.text),
    ]);
    expect(replies.filter((reply) => /\bshop\b/i.test(reply))).toEqual([]);
  });

  it('still acknowledges a practice review that turns to a fault', () => {
    const reply = replyTo(
      'medical',
      'The nurse was wonderful and the doctor explained everything. But the wait was over an hour.',
      4,
    );
    expect(reply).toMatch(
      /candour|(?:full|whole) picture|even-handed|less rosy|less glowing|critical|balanced|frank|honest/i,
    );
  });

  it('is sorry to hear of slow service the reviewer went through, with no remedy', () => {
    const reply = replyTo('restaurant', 'The food was delicious and fresh. The service though was slow.', 4);
    expect(reply).toMatch(/\bsorry to hear\b/i);
    expect(reply).not.toMatch(/apologi|make it up|put (?:it|this) right|refund|discount|on the house/i);
    expect(reply.match(/\bsorry\b/gi)?.length).toBe(1);
  });

  it('says no sorry for a matter of taste', () => {
    const reply = replyTo(
      'restaurant',
      'The food was delicious and fresh. The music was a bit loud though.',
      4,
    );
    expect(reply).toMatch(/music/i);
    expect(reply).not.toMatch(/\bsorry\b/i);
  });
});
