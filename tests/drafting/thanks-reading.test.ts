import { type BusinessProfile, composeDraft } from '@rebound/server/drafting/index';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { findFaultedPerson, findPeople } from '@rebound/server/triage/situation/praise';
import { describe, expect, it } from 'vitest';
import { bodyOf } from './happy-drafts.ts';
import { loadProfile, loadSet } from './sample-drafts.ts';

type Review = { author: string | null; rating: number; text: string; title?: string | null };
const draftFor = (r: Review, profile: BusinessProfile, recent: readonly string[] = []) =>
  composeDraft(r, triageReview(r, { sectorGroup: sectorGroupOf(profile.sector) }), profile, { recent });
/** The reply to a happy review of the given text, with no earlier replies of the business to avoid. */
const replyTo = (profile: BusinessProfile, text: string, rating = 5, title: string | null = null): string =>
  draftFor({ author: null, rating, text, title }, profile).text;

const restaurant = loadProfile('restaurant');
const salon = loadProfile('salon');
const service = loadProfile('service');
const garage = loadProfile('auto');
const clinic = loadProfile('medical');
const store = loadProfile('electronics');

describe('a thank-you thanks only people, never a word taken for a name', () => {
  it.each([
    [
      'I had such a great experience with Love Carpet Care and Repair. Love Carpet Care did a good job.',
      'Love',
    ],
    ['The food is tasty. You see Po Boys and other things on the menu. Po Boys are great.', 'Po'],
    ['Great meal, lovely room. Maybe the owners should have a secret shopper eat there.', 'Maybe'],
    ['We had a bad experience with Gray Cat cycles before we found this shop, which was great.', 'Gray'],
    ['Lakes Lounge is a great place to have a meal. Lakes Lounge was wonderful.', 'Lounge'],
    ['I found out about Whitey’s Auto through a friend. Whitey’s Auto was great.', 'Whitey'],
  ])('%s', (text, word) => {
    expect(findPeople(text)).not.toContain(word);
    const draft = replyTo(restaurant, text);
    expect(draft).not.toMatch(new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, 'u'));
  });

  it('still thanks a first name that is also a word when a role says it is a person', () => {
    expect(findPeople('Our server Rose was lovely and the pasta was superb.')).toContain('Rose');
    expect(findPeople('The owner, Lane, is a down to earth guy.')).toContain('Lane');
    expect(findPeople('Alexandria our server was awesome.')).toContain('Alexandria');
  });

  it('never reads a sentence-opening word before "the owners" or "the chefs" as a name', () => {
    expect(
      findPeople('Maybe the owners should look at this. While the trainers are nice, it is busy.'),
    ).toEqual([]);
  });
});

describe('a member of staff the reviewer faulted', () => {
  const text =
    'Lakes Lounge is a great place to have a meal. The food is exceptional along with the great customer service. We love all the people who work there but watch out for Brandon...he does not make you feel welcome. Just avoid Brandon.';

  it('is found, and answered in one line rather than thanked', () => {
    expect(findFaultedPerson(text)).toBe('Brandon');
    const draft = replyTo(restaurant, text, 4);
    const lines = bodyOf(draft)
      .split(/(?<=[.!?])\s+/)
      .filter((s) => s.includes('Brandon'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/candid|noted|honest word|been heard/);
    expect(lines[0]).not.toMatch(/thrilled|delighted|pleased|deserves|beaming|make their day/);
  });
});

describe('a review written after a loss', () => {
  const text =
    'I had the terrible decision to make to euthanize my 20 year old cat. They were so kind and compassionate and let us take our time, never rushed us. I am ever grateful for their kindness on that incredibly sad day.';

  it.each([
    ['clinic', clinic],
    ['service', service],
  ])('gets condolence, never gladness or an invitation back (%s)', (_, profile) => {
    const draft = replyTo(profile, text);
    expect(draft).toMatch(/condolence|hearts go out|thoughts are with you/i);
    expect(draft).not.toMatch(/glad|went (?:so )?well|pleasure|see you|come back|delighted|smil/i);
  });
});

describe('what the thank-you names', () => {
  it('names the thing praised most warmly, not a passing mention', () => {
    const draft = replyTo(
      restaurant,
      'Nice ambiance. We had the pork belly which was fine. But the bread pudding was amazing, so rich and moist. Honestly the bread pudding is the best dessert I have ever had, and I would come back for the bread pudding alone.',
    );
    expect(draft).toMatch(/bread pudding/);
    expect(draft).not.toMatch(/ambiance|pork belly/);
  });

  it('reads praise told as "how … the staff was"', () => {
    const draft = replyTo(
      loadProfile('shop'),
      'I was so impressed at how knowledgeable and caring the staff was that I came back.',
    );
    expect(draft).toMatch(/knowledgeable and caring the staff|the staff/);
  });

  it('never makes a thing of a participle ("a nice looking box")', () => {
    const draft = replyTo(
      restaurant,
      'Out the door with a yummy bundt cake in a very nice looking box. Lovely.',
    );
    expect(draft).not.toMatch(/looking box/);
  });

  it('never takes praised prices for a quibble', () => {
    const draft = replyTo(
      garage,
      'They are hardworking and honest. Not only that, but they have such reasonable repair prices and are quick and efficient.',
    );
    expect(draft).not.toMatch(/prices/);
  });

  it('never reads an aside in a long list of drawbacks as the quibble', () => {
    const draft = replyTo(
      store,
      'Great picture for the money. The only drawbacks to the TV are the 1 component input and the fact you cannot use the PIP with the cable connected, only the antenna.',
      5,
      'Excellent LCD!',
    );
    expect(draft).not.toMatch(/the cable/);
  });
});

describe('the words fit the business', () => {
  it('speaks of neither "the work" nor "the next job" for a gym reviewed under a trade', () => {
    const draft = replyTo(
      service,
      'Always clean, plenty of machines, and a huge variety of classes. The instructors are so sweet and supportive.',
    );
    expect(draft).not.toMatch(/the work\b|next job|the workshop/i);
  });

  it('answers a reviewer who says they will be back instead of inviting them', () => {
    const draft = replyTo(
      salon,
      'The pedicure was wonderful and the staff were so friendly. I will definitely be back!',
    );
    expect(draft).toMatch(/plan to|you will be back|when you are back|welcome you back|until you are back/i);
  });

  it('says one graceful line on stated cons it cannot put in the reviewer’s words', () => {
    const draft = replyTo(
      store,
      'Pros: Easy to use. Amazing detail.\nCons: Sometimes it takes forever to acquire satellites, and updates cost a lot.',
      4,
      'Never leave home without it.',
    );
    expect(draft).toMatch(/honest points|candid parts|balanced view|less glowing/);
  });
});

describe('a page of one business', () => {
  it('repeats no telling run of five words across twenty replies to restaurant reviews', () => {
    const reviews = loadSet('positive')
      .filter((r) => r.kind === 'restaurant' && r.rating >= 4)
      .slice(0, 20);
    const page: string[] = [];
    for (const r of reviews) page.push(draftFor(r, restaurant, page).text);
    const seen = new Map<string, number>();
    const repeated: string[] = [];
    // A run of nothing but the commonest words ("thank you for the kind") is how anyone writes.
    const plain = new Set(
      'i we you it the a an and for of to is was so my our your this that thank thanks kind'.split(' '),
    );
    page.forEach((text, i) => {
      const words =
        bodyOf(text)
          .toLowerCase()
          .match(/[\p{L}']+/gu) ?? [];
      const runs = new Set(
        words
          .slice(0, -4)
          .map((_, k) => words.slice(k, k + 5))
          .filter((run) => run.filter((w) => !plain.has(w)).length >= 2)
          .map((run) => run.join(' ')),
      );
      for (const run of runs) {
        if (seen.has(run) && seen.get(run) !== i) repeated.push(run);
        seen.set(run, i);
      }
    });
    expect(repeated).toEqual([]);
  });
});
