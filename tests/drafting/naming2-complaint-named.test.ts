import { type BusinessProfile, composeDraft } from '@rebound/server/drafting/index';
import { nameComplaints } from '@rebound/server/drafting/name-complaint';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { loadProfile } from './sample-drafts.ts';

type Review = { author: string | null; rating: number; text: string; title?: string | null };
const draft = (profile: BusinessProfile, text: string, title: string | null = null, rating = 1) => {
  const r: Review = { author: null, rating, text, title };
  return composeDraft(r, triageReview(r, { sectorGroup: sectorGroupOf(profile.sector) }), profile).text;
};
const clauses = (text: string, group: Parameters<typeof nameComplaints>[1]): string[] =>
  nameComplaints(text, group).map((n) => n.clause);

const store = loadProfile('electronics');
const shop = loadProfile('shop');
const hotel = loadProfile('hotel');
const salon = loadProfile('salon');

// Openers that name nothing of the review.
const NAMES_NOTHING =
  /\b(?:letting you down|did not get this right|expected better of us|we let you down\.|disappointing experience|fell so far short of what you expected|really sorry to read this|how disappointed you were|left you so frustrated|fell short of what you expected|did not do better by you|turned out this way)\b/;

describe('a part the goods lack is named', () => {
  it('names the missing switch or microphone', () => {
    expect(
      clauses(
        "It's a clever gadget. However, it's mising one thing in terms of usability: an on/off switch.",
        'retail',
      ),
    ).toContain('it had no on/off switch');
    const reply = draft(
      store,
      "It's Logitech, it should have a built in Microphone. Instead there's a small head set.",
    );
    expect(reply).toMatch(/it had no built-in microphone/);
    expect(reply).not.toMatch(NAMES_NOTHING);
  });

  it('does not read a part the reviewer has as one it lacks', () => {
    expect(clauses('The on/off switch is a little stiff but it works.', 'retail')).not.toContain(
      'it had no on/off switch',
    );
  });
});

describe('goods said to cost far less elsewhere', () => {
  it('names the price rather than a general apology', () => {
    const text =
      'They sell these at almost every dollar store. These things sell for $1.50 at dollar stores and are worth every penny of that price.';
    expect(clauses(text, 'retail')).toContain('you felt it cost far more than it was worth');
    expect(draft(store, text, null, 2)).not.toMatch(NAMES_NOTHING);
    expect(
      clauses('All you are paying for is the name. Why spend $50 when you can spend $20?', 'retail'),
    ).toContain('you felt it cost far more than it was worth');
  });

  it('does not read a shop that is simply near a dollar store as a price complaint', () => {
    expect(clauses('The shop is next to a dollar store and the parking is awful.', 'retail')).not.toContain(
      'you felt it cost far more than it was worth',
    );
  });
});

describe('staff who sized up whether the reviewer could pay', () => {
  it('names being judged on what they could afford', () => {
    const reply = draft(
      shop,
      "I'm never shopping here again, the associates kept eyeing me to see if u can afford it before they would show me the bag.",
    );
    expect(reply).toMatch(/could (?:not )?afford/);
    expect(reply).not.toMatch(NAMES_NOTHING);
  });

  it('leaves the reviewer’s own budget alone', () => {
    expect(
      clauses('I could not afford the bag I wanted, so I bought a smaller one.', 'retail'),
    ).not.toContain('you were made to feel you could not afford to shop with us');
  });
});

describe('what staff did nothing about', () => {
  it('names the noise staff let go on, never a bare "it"', () => {
    const reply = draft(
      hotel,
      'Very loud rowdy customers staff would not do anything about the frat like partying. I will never stay here again.',
    );
    expect(reply).toMatch(/did anything about the noise/);
    expect(reply).not.toMatch(/did anything about it\b/);
  });

  it('says what staff failed to do without a dangling "it" when the review names no noise', () => {
    const named = clauses('The room was filthy and the staff would not do anything.', 'food_hospitality');
    expect(named).not.toContain('nobody on our side did anything about it');
    expect(named).not.toContain('nobody on our side did anything about the noise');
  });
});

describe('goods found broken, with nothing said of use', () => {
  it('says it was broken, not that it broke after little use', () => {
    expect(clauses('One of the two ends was broken.', 'retail')).toContain('it was broken');
    expect(draft(store, 'One of the two ends was broken.', 'Not so good', 2)).not.toMatch(
      /little use|so soon|so quickly/,
    );
  });

  it('still tells goods that broke after some use as breaking quickly', () => {
    const named = clauses('The handle was broken after two weeks of use.', 'retail');
    expect(named).toContain('it broke so quickly');
    expect(named).not.toContain('it was broken');
  });
});

describe('a cut for the reviewer’s child', () => {
  it('is told as the child’s cut, where an age stands between "my" and "son"', () => {
    const text =
      'My 3 year old son needed a haircut and the sign said $7 kids cuts. The stylist had no idea what he was doing with the clippers and the cut was uneven.';
    const reply = draft(salon, text);
    expect(reply).toMatch(/your son's (?:hair)?cut/);
    expect(reply).not.toMatch(/\byour haircut\b/);
  });

  it('stays the reviewer’s own cut when it was theirs', () => {
    const text =
      'I needed a haircut and the sign said $7 cuts. The stylist had no idea what he was doing with the clippers and my haircut was uneven.';
    expect(draft(salon, text)).not.toMatch(/your son's/);
  });
});

describe('plainly told faults of goods are named', () => {
  it.each([
    ['Neither adhesive would stick to the dash of my Jeep.', 'the adhesive would not stick'],
    ['The ear piece falls out every time you hang it over the ear.', 'it would not stay on your ear'],
    [
      'Spare slots molded into the lid of this case prevent it from closing completely.',
      'it would not stay closed',
    ],
    [
      'Powder from the toner cartridges gets all over the inside and ruins every page that is printed.',
      'loose toner spoiled the pages it printed',
    ],
    [
      'No matter how I fanned the paper, it would accept two to five sheets at a time.',
      'it kept feeding several sheets at once',
    ],
    [
      'Item was advertised as white, but it was really grey.',
      'it came in a different colour from the one advertised',
    ],
    ['The volume is not enough for a noisy room.', 'it was not loud enough'],
    ['It worked for 2 days. Now I cannot use it at all.', 'it stopped working so soon'],
  ])('%s', (text, clause) => {
    expect(clauses(text, 'retail')).toContain(clause);
  });

  it.each([
    ['The tape held well and the mount is solid.', 'the tape would not stick'],
    ['The case closes fine, though the latch is stiff.', 'it would not stay closed'],
    ['It is loud enough for me.', 'it was not loud enough'],
    ['I worked for 2 days on the settings before it all made sense.', 'it stopped working so soon'],
    ['It worked for one week and then I had the same battery problem again.', 'it stopped working so soon'],
    ['It is advertised as white and it is white.', 'it came in a different colour from the one advertised'],
  ])('leaves alone: %s', (text, clause) => {
    expect(clauses(text, 'retail')).not.toContain(clause);
  });
});

describe('a table left without its basics', () => {
  const text =
    'Every time the server came to our table we were left mid-request. The food came with no silverware, no condiments and no refills on the coffee.';

  it('names the neglect rather than the refill alone, and never says nobody came by', () => {
    const named = nameComplaints(text, 'food_hospitality');
    expect(named[0]?.clause).toBe('nobody looked after you the way they should have');
    expect(named.flatMap((n) => n.wordings)).not.toContain('nobody came by to check on you');
  });

  it('still names the empty glass where it is the one thing told', () => {
    expect(
      clauses(
        'The server only came by to take our order. Eating salty food with an empty water glass is maddening.',
        'food_hospitality',
      )[0],
    ).toBe('nobody came to refill your drinks');
  });
});
