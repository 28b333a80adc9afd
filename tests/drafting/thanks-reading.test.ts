import { type BusinessProfile, composeDraft } from '@rebound/server/drafting/index';
import { clauseIn, quibbleTopic, readQuibble } from '@rebound/server/drafting/read-quibble';
import { areaOf, whoHears } from '@rebound/server/drafting/thanks-areas';
import { readPraise } from '@rebound/server/drafting/thanks-praise';
import { experienceNoun, productNoun } from '@rebound/server/drafting/thanks-subject';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { findFaultedPerson, findPeople } from '@rebound/server/triage/situation/praise';
import { describe, expect, it } from 'vitest';
import { bodyOf } from './happy-drafts.ts';
import { everyWording } from './remedy-helpers.ts';
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
      'We had a great experience with Love Rug Cleaning for the hallway. Love Rug Cleaning made it look new.',
      'Love',
    ],
    ['Tasty plates all round. You see Po Boys and gumbo on the menu. Po Boys are a must.', 'Po'],
    ['Good dinner in a bright room. Maybe the owners could open on Mondays.', 'Maybe'],
    [
      'After a poor experience with Gray Fox bikes across town, this shop was a relief and a delight.',
      'Gray',
    ],
    [
      'Hills Lounge is a fine spot for supper, and the Hills Lounge patio is lovely. Thanks Lounge team!',
      'Lounge',
    ],
    [
      'A neighbour sent me to Whitey’s Garage. I found out about Whitey from a friend. Whitey was great.',
      'Whitey',
    ],
  ])('%s', (text, word) => {
    expect(findPeople(text)).not.toContain(word);
    const draft = replyTo(restaurant, text);
    expect(draft).not.toMatch(new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, 'u'));
  });

  it('still thanks a first name that is also a word when a role says it is a person', () => {
    expect(findPeople('Our server Rose was a star, and the risotto was superb.')).toContain('Rose');
    expect(findPeople('The owner, Lane, is a down to earth guy.')).toContain('Lane');
    expect(findPeople('Alexandria our server was awesome.')).toContain('Alexandria');
  });

  it('never reads a sentence-opening word before "the owners" or "the chefs" as a name', () => {
    expect(
      findPeople('Maybe the owners could add more racks. While the coaches are kind, it gets busy.'),
    ).toEqual([]);
  });
});

describe('a member of staff the reviewer faulted', () => {
  const text =
    'Our favourite place for a weekend supper, and the cooking is superb. Everyone who works there is lovely but watch out for Kyler...he never makes you feel welcome. Honestly, avoid Kyler.';

  it('is found, and answered in one line rather than thanked, without being named in public', () => {
    expect(findFaultedPerson(text)).toBe('Kyler');
    for (const draft of everyWording(restaurant, text, { rating: 4, count: 6 })) {
      expect(draft).not.toContain('Kyler');
      const lines = draft.split(/(?<=[.!?])\s+/).filter((s) => /one of (?:our|the) (?:team|staff)/.test(s));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/sorry/);
      expect(lines[0]).not.toMatch(/thrilled|delighted|pleased|deserves|beaming|make their day/);
    }
  });
});

describe('a review written after a loss', () => {
  const text =
    'We had to euthanize our old dog last week. Everyone was gentle and gave us all the time we needed. I will always be grateful for how they looked after us on such a sad day.';

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
      'Nice ambiance. The pork belly was fine. But the bread pudding was amazing, warm and rich. The bread pudding is the best dessert I have ever had and worth coming back for, the bread pudding alone.',
    );
    expect(draft).toMatch(/bread pudding/);
    expect(draft).not.toMatch(/ambiance|pork belly/);
  });

  it('reads praise told as "how … the staff was"', () => {
    const draft = replyTo(
      loadProfile('shop'),
      'I was amazed by how knowledgeable and caring the staff was, so I returned with my daughter.',
    );
    expect(draft).toMatch(/knowledgeable and caring the staff|the staff|the knowledgeable and caring staff/);
  });

  it('never makes a thing of a participle ("a nice looking box")', () => {
    const draft = replyTo(restaurant, 'Left with a yummy lemon loaf in a very nice looking box. Lovely.');
    expect(draft).not.toMatch(/looking box/);
  });

  it('never takes praised prices for a quibble', () => {
    const draft = replyTo(
      garage,
      'Honest, hard-working people. Not only that, but they have really reasonable repair prices and work quickly.',
    );
    expect(draft).not.toMatch(/prices/);
    expect(
      quibbleTopic('Not only that, but they have really reasonable repair prices and work quickly.'),
    ).toBe(null);
    expect(quibbleTopic('Once you hear these, though, life is going to get a lot more expensive.')).toBe(
      null,
    );
    expect(quibbleTopic('The cost is not too expensive, though the lobby is plain.')).toBe(null);
  });

  it('never reads an aside in a long list of drawbacks as the quibble', () => {
    const draft = replyTo(
      store,
      'Great picture for the money. The only drawbacks to the set are the single HDMI input and the fact that you lose picture-in-picture with the cable connected, only the antenna.',
      5,
      'Excellent LCD!',
    );
    expect(draft).not.toMatch(/the cable/);
  });
});

describe('what the thank-you says of a quibble', () => {
  it('never tells back praise as the fault, even praise said with "too"', () => {
    const draft = replyTo(
      restaurant,
      'Their sorbet is lovely and their waffle cone is out of this world too. I am taking a star off for one reason: 1 - paying by card is not possible.',
      4,
    );
    expect(draft).not.toMatch(/noted what you said, that the waffle cone|point that the waffle cone/);
    expect(draft).not.toMatch(/honest points|candid parts|balanced view|less glowing/);
  });

  it('takes no fault from a sentence whose turn comes after it ("the old classics, though")', () => {
    const draft = replyTo(
      loadProfile('shop'),
      'The book corner is great - lots of novels you have been meaning to read (and I don’t mean the old classics, though they have plenty of those).',
    );
    expect(draft).not.toMatch(/classics/);
  });

  it('reads no price quibble from a complaint about other shops', () => {
    const draft = replyTo(
      store,
      'Picture is superb and it arrived quickly. I wonder why anyone pays forty dollars at a store for one; skip those high priced others.',
      5,
      'Great Value',
    );
    expect(draft).not.toMatch(/prices|mostly|on the whole|overall/);
    expect(quibbleTopic('Get one and skip those high priced others, they are too expensive.')).toBe(null);
  });
});

describe('reading the review', () => {
  it('hears a quibble in "only two quibbles", "the only thing is", "problem:" and "I do not like the"', () => {
    for (const text of [
      'Works well. I only have two quibbles with it, the colour and the stiff shutters.',
      'Big sound for the money. Only thing is a faint hum when it sits idle.',
      'No trouble with the card itself.\nProblem: the rebate form never came.',
      'Calls are loud and clear. I do not like the beep when the handset goes back.',
    ])
      expect(readQuibble(text, null).found, text).toBe(true);
  });

  it('hears "the negatives are" as a quibble, but not "so I could use it with my camera"', () => {
    expect(
      readQuibble('Good buy. The negatives are that it is not compatible with iTunes.', null).found,
    ).toBe(true);
    expect(readQuibble('It came with an adapter. So I could use it with my camera.', null).found).toBe(false);
  });

  it('never praises how compact a compact flash card is', () => {
    expect(readPraise('Bought a compact flash card for my camera, works fine.')).toEqual([]);
  });

  it('hears no quibble in a wish that the shop were nearer', () => {
    expect(readQuibble('Friendliest staff anywhere. I wish this was my local branch!', null).found).toBe(
      false,
    );
  });

  it('reads both things praised together ("the drip coffee and latte were flavorful")', () => {
    const subjects = readPraise('The drip coffee and latte were both very flavorful.').map((p) => p.subject);
    expect(subjects).toEqual(expect.arrayContaining(['the drip coffee', 'the latte']));
  });

  it('tells back what the reviewer had to do in the reply’s own case', () => {
    expect(clauseIn('You need to get a SMALL ring (like from a key fob) to use it on your keys')).toBe(
      'you need to get a small ring',
    );
  });

  it('leaves unsaid a fault the reviewer waves away', () => {
    const draft = replyTo(
      store,
      'My wrists have never felt better. Yes, the keys are a bit noisy. But I have no problem with that. The number pad is excellent too.',
      5,
      'No more sore wrists',
    );
    expect(draft).not.toMatch(/noisy/);
  });

  it('hears "the only caveat" as a quibble, and takes "in this case" for no product', () => {
    expect(readQuibble('Loud and clear at last. The only caveat: no speakerphone.', null).found).toBe(true);
    expect(productNoun('I rarely write reviews but in this case I must. The player is superb.', null)).toBe(
      null,
    );
  });

  it('reads "kind enough to send photos" as no praise of kindness', () => {
    expect(readPraise('They were kind enough to send before and after photos.')).toEqual([]);
  });

  it('takes no parking deck, "a good job" or a dog that "came out looking" handsome for a trade’s work', () => {
    expect(experienceNoun(service, 'He loved playing and came out looking so handsome!')).not.toBe(
      'the work',
    );
    expect(
      experienceNoun(service, 'There is free deck parking and they do a good job of keeping me motivated.'),
    ).not.toBe('the work');
  });
});

describe('slang, possessives and plain faults', () => {
  it('names what was praised in slang over a passing "great ambiance"', () => {
    const draft = replyTo(restaurant, 'Wow. The salsa kicks ass! A kick-butt margarita too. Great ambiance.');
    expect(draft).toMatch(/salsa|margarita/);
    expect(draft).not.toMatch(/ambiance/);
  });

  it('turns the reviewer’s "your assistance" into "our assistance"', () => {
    const subjects = readPraise('Your assistance was outstanding and my room was spotless.').map(
      (p) => p.subject,
    );
    expect(subjects).toEqual(expect.arrayContaining(['our assistance', 'your room']));
  });

  it('tells back a plain fault after "only issue was", in the reviewer’s words', () => {
    expect(readQuibble('Nice room. Only issue was the pillows were awful.', null)).toMatchObject({
      clause: 'the pillows were awful',
    });
    expect(
      clauseIn('On my last trip my combo plate was a little too salty, but I did not want to speak up.'),
    ).toBe('your combo plate was a little too salty');
  });

  it('is not glad the stay "went so well" beside a quibble it answers', () => {
    const draft = replyTo(
      loadProfile('hotel'),
      'The first night was fine. The room could have been a little cleaner, with dust in the corners, and dogs barked until six. Not sure if we would stay again.',
      4,
    );
    expect(draft).not.toMatch(/went so well|turned out so nicely|such a success|was a hit|hit the spot/);
    expect(draft).not.toMatch(/honest points|candid parts|balanced view|less glowing/);
  });
});

describe('what is the reviewer’s and what is ours', () => {
  it('takes no fault of the reviewer’s own things for a quibble ("MY laptop is old")', () => {
    expect(clauseIn('The only bad thing was MY laptop is old!')).toBe(null);
  });

  it('takes no accessory in the title ("bring extra batteries") for the product', () => {
    expect(productNoun('This works well.', 'Handy, but bring extra batteries')).toBe(null);
  });

  it('never reads "kind of" as kindness ("kind of expensive", "kind of thin")', () => {
    expect(readPraise('The cartridges are kind of expensive. The wrapper was kind of thin.')).toEqual([]);
    const draft = replyTo(store, 'Good printer for the price. The cartridges are kind of expensive.', 5);
    expect(draft).not.toMatch(/how kind/);
  });

  it('takes the charger the title says to bring for no product, and a spa that "replaced" another for no trade', () => {
    expect(productNoun('It works beautifully when it works.', 'You will need your own charger')).toBe(null);
    expect(experienceNoun(service, 'My old spa has been replaced. Loved the rooftop pool.')).not.toBe(
      'the work',
    );
  });

  it('tells back a fault listed after "Cons:"', () => {
    expect(
      readQuibble('Great sound and comfortable.\nCons:\nThe ear padding is relatively hard.', null),
    ).toMatchObject({ found: true, clause: 'the ear padding is relatively hard' });
  });

  it('reads "the best accuracy I am able to get" as no praise', () => {
    expect(readPraise('The best accuracy I am able to get is thirteen feet.')).toEqual([]);
  });

  it('hands noise and parking to no one: neither is the team’s doing', () => {
    const hotel = loadProfile('hotel');
    for (const profile of [hotel, restaurant, garage]) {
      for (const said of [
        'the constant slamming of doors',
        'the noise from the bar below',
        'the parking situation',
        'parking was tight on a Saturday',
      ]) {
        expect(whoHears(areaOf(said, profile), profile)).toBe(null);
      }
    }
    expect(whoHears(areaOf('the friendly staff', hotel), hotel)).toBe('the front desk team');
    expect(whoHears(areaOf('the room', hotel), hotel)).toBe('housekeeping');
    expect(areaOf('the bass is a little loud', store)).toBe('product');
  });
});

describe('the words fit the business', () => {
  it('calls a gym visit read under a trade neither "the work" nor a job', () => {
    expect(experienceNoun(service, 'Spotless changing rooms and a wide range of classes.')).not.toBe(
      'the work',
    );
    expect(experienceNoun(service, 'They fitted the new boiler in a morning.')).toBe('the work');
  });

  it('speaks of neither "the work" nor "the next job" for a gym reviewed under a trade', () => {
    const draft = replyTo(
      service,
      'Spotless changing rooms, lots of equipment and a wide range of classes. The coaches are so encouraging.',
    );
    expect(draft).not.toMatch(/the work\b|next job|the workshop/i);
  });

  it('answers a reviewer who says they will be back instead of inviting them', () => {
    const draft = replyTo(
      salon,
      'My pedicure was wonderful and the staff were so friendly. I will definitely be back!',
    );
    expect(draft).toMatch(/plan to|you will be back|when you are back|welcome you back|until you are back/i);
  });

  it('says no stock line on stated cons it cannot put in the reviewer’s words', () => {
    const draft = replyTo(
      store,
      'Pros: Simple menus. Amazing maps.\nCons: Sometimes it takes ages to find a signal, and updates cost a lot.',
      4,
      'Never leave home without it.',
    );
    expect(draft).not.toMatch(/honest points|candid parts|balanced view|less glowing|taken on board/);
    expect(draft).not.toMatch(/many more years|for years|keep(?:s)? working|going strong/);
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

describe('the one or two things a happy reviewer praised most', () => {
  const subjects = (text: string) => readPraise(text).map((p) => p.subject);

  it.each([
    ['The noodles were good. But the best part was the mango lassi, it took me back.', 'the mango lassi'],
    ['The lemon tart was nice. But the plum cake was the show stopper.', 'the plum cake'],
    ['Their short rib stew is my favorite dish in the city.', 'our short rib stew'],
    ['A tiny shop that sells the most delightful dumplings in town.', 'the dumplings'],
    ['I had the toasted almond gelato, which was creamy and rich.', 'the almond gelato'],
    ['We ordered a margherita and all of us loved the super thin crust.', 'the thin crust'],
    ['I find the staff to be extremely friendly and helpful.', 'the staff'],
    ['The sushi is soooo fresh and the miso is lovely.', 'the sushi'],
    ['This is the best lasagna I have ever had.', 'the lasagna'],
    ['Clean rooms was a plus, and the pool was nice.', 'the rooms'],
    ['The water was cold, the decor of the restaurant was phenomenal.', 'the decor'],
  ])('%s', (text, subject) => {
    expect(subjects(text)).toContain(subject);
  });

  it('finds a dish the business is named after when the reviewer also writes it in lower case', () => {
    const text = 'I keep coming back to Nonna Pizza. Their pizza is fantastic and the crust is crisp.';
    expect(subjects(text)).toContain('our pizza');
    const dishes = 'We got the Funghi Pizza and Pasta alla Vodka. The pizza was tasty and amazing.';
    expect(subjects(dishes)).toContain('the pizza');
  });

  it.each([
    ['We were seated in a nice booth and waited a while.', 'the booth'],
    ['They say an honest mechanic is worth his weight in gold.', 'the mechanic'],
    ['The foot massage was nice but only lasted four minutes.', 'the foot massage'],
    ['The dining room is quite simple, not elegant, but it works.', 'the dining room'],
    ['It is the kind of place where the caring aspect is what counts.', 'the aspect'],
    ['The joystick is easy to move, which is nice in a dogfight.', 'the move'],
    ['Before the game the fresh air was lovely.', 'the air'],
    ['Those pancakes were a fluffy, tasty circular masterpiece.', 'the circular masterpiece'],
  ])('names no passing, taken-back or garbled thing: %s', (text, wrong) => {
    expect(subjects(text)).not.toContain(wrong);
  });

  it('thanks the dish, not the water, when both were praised', () => {
    const text = 'The water was delicious and fresh. The enchiladas were amazing, and the salsa was great.';
    const reply = replyTo(restaurant, text);
    expect(reply).not.toMatch(/\bwater\b/);
    expect(reply).toMatch(/enchiladas|salsa/);
  });

  it('reads two kinds of one thing as one, and tells no word back twice', () => {
    expect(subjects('The weekday lunch and dinner specials are great, and the salsa is hot.')).toContain(
      'the weekday specials',
    );
    expect(subjects('The weekday lunch and dinner specials are great.')).not.toContain('the weekday lunch');
    const quick = readPraise('The banana bread and the quick wheel alignment were fantastic!');
    expect(quick.find((p) => p.subject === 'the quick wheel alignment')?.words).toEqual([]);
  });

  it('reads what the reviewer comes to the business for ("awesome place to get pizza")', () => {
    const text = 'Awesome place to get pizza when the craving hits. Their wings are also spot on.';
    expect(readPraise(text).find((p) => p.subject === 'the pizza')?.star).toBe(true);
    expect(replyTo(restaurant, text)).toMatch(/pizza/);
    // The place itself, or who it suits, is no thing to thank for.
    expect(subjects('What a perfect place for an antique mall.')).toEqual([]);
    expect(subjects('A great spot for families, right by the park.')).toEqual([]);
  });

  it('tells back no word of a list as said of the thing ("well kept, clean, great service")', () => {
    const service = readPraise('Two nights for a fair. Well kept, clean, great service, easy parking.').find(
      (p) => p.subject === 'the service',
    );
    expect(service?.words ?? []).not.toContain('clean');
  });

  it('takes no praise from a sentence about another product, nor a vague hyphenated head', () => {
    expect(subjects('My old Canon had accurate color and sharp text. This one is quiet.')).toEqual([]);
    expect(subjects('Thanks for all the great gadget-products, they are great.')).toEqual([]);
  });

  it('keeps praise that a quibble follows ("delicious but a bit pricey")', () => {
    expect(subjects('The ramen was delicious but a bit pricey.')).toContain('the ramen');
  });
});

describe('the people a reviewer names', () => {
  it.each([
    ['I ended up with a technician called Isabelle, who did my nails.', 'Isabelle'],
    ['Bill and the other guys that work there are all very friendly.', 'Bill'],
    ['While doing the checkup, Rich found a leak in the hose and showed me.', 'Rich'],
    ['Thanks Robin, you push me every class. Jim and Robin Love this studio and so do I.', 'Robin'],
    ['Dana, the shuttle driver and night porter, got us to the station on time.', 'Dana'],
  ])('%s', (text, name) => {
    expect(findPeople(text)).toContain(name);
  });

  it('takes the business the reviewer will make "my regular vet" for no person', () => {
    expect(findPeople('I will be making Maplecrest my regular vet from now on.')).toEqual([]);
  });
});
