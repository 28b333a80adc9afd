import { type BusinessProfile, composeDraft } from '@rebound/server/drafting/index';
import { whoHears } from '@rebound/server/drafting/thanks-areas';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { bodyOf, sentencesOf } from './happy-drafts.ts';
import { loadProfile } from './sample-drafts.ts';

type Review = { author: string | null; rating: number; text: string; title?: string | null };
const replyTo = (profile: BusinessProfile, text: string, rating = 5, title: string | null = null): string => {
  const r: Review = { author: null, rating, text, title };
  return composeDraft(r, triageReview(r, { sectorGroup: sectorGroupOf(profile.sector) }), profile, {
    recent: [],
  }).text;
};

const store = loadProfile('electronics');
const shop = loadProfile('shop');
const restaurant = loadProfile('restaurant');
const STOCK_QUIBBLE = /honest points|candid parts|balanced view|less glowing|taken on board/;

describe('a thank-you never answers a quibble with a stock line', () => {
  it.each([
    [
      shop,
      'I returned a lamp without a receipt and the clerk refunded me in full. I felt a little guilty, honestly. Great store!',
      5,
    ],
    [
      restaurant,
      'Lovely food and a warm room. Sadly the cake tasted like it had been sitting out for a while, so four stars.',
      4,
    ],
    [store, 'Great mouse, comfortable and precise. Cons: no drivers for Mac, which is a shame.', 4],
  ])('%#', (profile, text, rating) => {
    expect(replyTo(profile, text, rating)).not.toMatch(STOCK_QUIBBLE);
  });
});

describe('a product with a fault the reviewer found is not wished a long life', () => {
  it.each([
    'The remote works well and the back-lit buttons are great, but the power button has a defect and sticks.',
    'Lovely screen and solid weight. The only problem is the charger, which stopped working after a week.',
    'Good sound for the money. The downside is the cable is too short.',
  ])('%#', (text) => {
    for (const title of [null, 'Good buy', 'Nearly perfect', 'Four stars']) {
      expect(replyTo(store, text, 4, title)).not.toMatch(
        /many more years|for years|keep(?:s)? working|going strong|long while/,
      );
    }
  });
});

describe('a thank-you claims no referral and no wrong kind of product', () => {
  it.each([
    'I would recommend this binder to anyone with a big CD collection.',
    'Highly recommend. Holds all my discs and the pages turn easily.',
    'Recommended by a friend, and it is as good as they said.',
  ])('%#', (text) => {
    for (const title of [null, 'Great', 'Does the job', 'Five stars']) {
      expect(replyTo(store, text, 5, title)).not.toMatch(
        /sending friends|point(?:ed|ing)? others our way|another gadget/i,
      );
    }
  });
});

// ---------------------------------------------------------------------------------------------------------------
// A page of thank-you notes for one business, read the way a visitor reads it: top to bottom, every reply beside
// the others. Each note is drafted knowing the business's earlier replies, as the product drafts them.

const COMMON_WORDS = new Set(
  'i me my we us our you your it its this that the a an and or but so to of for with on in at by from be am is are was were will would can could should have has had do did not like if as about what how when'.split(
    ' ',
  ),
);
const wordsOf = (text: string): string[] => text.toLowerCase().match(/[\p{L}']+/gu) ?? [];
/** Runs of four words a reader would notice twice: at least two of them are not glue words. */
const runsOf = (text: string): Set<string> => {
  const words = wordsOf(text);
  const runs = new Set<string>();
  for (let i = 0; i + 4 <= words.length; i++) {
    const run = words.slice(i, i + 4);
    if (run.filter((x) => !COMMON_WORDS.has(x)).length >= 2) runs.add(run.join(' '));
  }
  return runs;
};

function draftPage(profile: BusinessProfile, reviews: ReadonlyArray<readonly [string, number]>): string[] {
  const recent: string[] = [];
  for (const [text, rating] of reviews) {
    const r: Review = { author: null, rating, text, title: null };
    const draft = composeDraft(r, triageReview(r, { sectorGroup: sectorGroupOf(profile.sector) }), profile, {
      recent,
    });
    recent.push(draft.text);
  }
  return recent;
}

// Closings stitched from two stock phrases, and lines that say nothing a reader would miss.
const STITCHED =
  /back, then\.|and see you then|Until you are back|Here is to (?:the|many)|best news|Until (?:your|the) next (?:stay|visit|trip|check-up)|until we see you next|came together nicely|Few things beat|Nothing makes the day|It is a treat to know|earned its place|has paid off|made life a little easier|gave you so much to write about/;

const PAGES: ReadonlyArray<readonly [string, ReadonlyArray<readonly [string, number]>]> = [
  [
    'restaurant',
    [
      ['The carnitas tacos were juicy and the salsa verde had a real kick. Lovely patio too.', 5],
      ['Our server Dana was attentive all night and the tiramisu was the best I have had in years.', 5],
      ['Came for my sister’s birthday. The lamb shank was tender and the staff brought a candle out.', 5],
      ['Great pizza, crispy base and fresh toppings. Parking was a bit tight but worth it.', 4],
      ['Cosy spot, friendly staff and the mushroom risotto was creamy. We will be back.', 5],
      ['The ramen broth was rich and the gyoza were crispy. Fast service at lunch.', 5],
      ['Good food and a relaxed atmosphere. A little noisy on a Friday night.', 4],
      ['The fish and chips were fresh and the batter was light. Highly recommend.', 5],
      ['First time here and loved the brunch, the pancakes were fluffy.', 5],
      ['Lovely evening, the wine list was great and the desserts were delicious.', 5],
    ],
  ],
  [
    'hotel',
    [
      ['Clean room, comfy bed and the front desk staff were helpful with directions.', 5],
      ['Great location near the harbour and the breakfast was tasty. Room was small.', 4],
      ['We stayed three nights for our anniversary. Quiet room and lovely views.', 5],
      ['Friendly staff, spotless bathroom, would stay again.', 5],
      ['The pool was relaxing and the room was spacious. Good value.', 4],
      ['Nice stay overall, easy check-in.', 4],
    ],
  ],
  [
    'salon',
    [
      ['Mia gave me the best haircut I have had in years. So happy with it!', 5],
      ['Lovely relaxing atmosphere and the colour came out exactly how I wanted.', 5],
      ['Friendly team and a great blow dry. A bit pricey but worth it.', 4],
      ['First visit and I will definitely be back, the stylist really listened.', 5],
      ['Great cut, quick and professional.', 5],
      ['Always a pleasure coming here, been a client for years.', 5],
    ],
  ],
  [
    'shop',
    [
      ['Great little store with friendly staff and a good range of gifts.', 5],
      ['Found exactly the lamp I wanted and the owner was helpful.', 5],
      ['Nice shop, fair prices, easy parking.', 4],
      ['The staff helped me pick a present for my mum. Lovely wrapping too.', 5],
      ['Good selection of candles and cards. Will be back.', 5],
      ['Friendly service and well organised shelves.', 4],
    ],
  ],
  [
    'auto',
    [
      ['Marcus fixed my brakes the same day and explained everything clearly.', 5],
      ['Honest garage, fair price for the oil change and quick service.', 5],
      ['They found the problem with my engine light when two other shops could not.', 5],
      ['Friendly staff and the car was ready when promised.', 4],
      ['Been taking my cars here for ten years, always reliable.', 5],
      ['Good work on the tyres, the waiting room could be cleaner.', 4],
    ],
  ],
  [
    'medical',
    [
      ['The doctor was thorough and kind, and the receptionist was friendly.', 5],
      ['Short wait and a caring nurse. Highly recommend this practice.', 5],
      ['Very professional team, they listened and explained everything.', 5],
      ['Easy to book an appointment and the staff were polite.', 4],
      ['Great care for my whole family over the years.', 5],
      ['Clean and calm waiting room, quick visit.', 4],
    ],
  ],
  [
    'service',
    [
      ['The crew installed our new water heater quickly and cleaned up afterwards.', 5],
      ['Jake fixed the leak under the sink and was very polite.', 5],
      ['They showed up on time and the quote was fair. Would use them again.', 5],
      ['Great job painting the fence, very tidy work.', 5],
      ['The electrician was knowledgeable and the wiring is perfect now.', 4],
      ['Prompt service call for our furnace, friendly technician.', 5],
    ],
  ],
  [
    'electronics',
    [
      ['These headphones sound great and the battery lasts all week.', 5],
      ['The charger works well and charges my phone fast.', 5],
      ['Good keyboard, the keys feel solid. The cable is a little short.', 4],
      ['Easy to set up router and the signal reaches the whole house.', 5],
      ['The camera takes sharp photos and is light enough to carry all day.', 5],
      ['Works as described. Would buy again.', 4],
      ['Great speakers for the price, clear sound and deep bass.', 5],
      ['The mouse is comfortable and accurate. I recommend it.', 5],
      ['Bought this tablet for my dad and he loves it.', 5],
      ['The cables arrived quickly and work perfectly.', 5],
    ],
  ],
];

describe('a page of thank-you notes for one business reads as written by a person', () => {
  const pages = PAGES.map(([kind, reviews]) => [kind, draftPage(loadProfile(kind), reviews)] as const);

  it.each(pages)('repeats no sentence on the page of a %s', (_, page) => {
    const seen = new Map<string, number>();
    for (const text of page) for (const s of sentencesOf(text)) seen.set(s, (seen.get(s) ?? 0) + 1);
    expect([...seen].filter(([, n]) => n > 1).map(([s]) => s)).toEqual([]);
  });

  it.each(pages)(
    'opens its sentences in many ways on the page of a %s, not "It is good to know…" in each',
    (_, page) => {
      const notes = new Map<string, number>();
      for (const text of page) {
        const openers = new Set(
          sentencesOf(bodyOf(text)).map((s) => s.toLowerCase().split(/\s+/).slice(0, 2).join(' ')),
        );
        for (const opener of openers) notes.set(opener, (notes.get(opener) ?? 0) + 1);
      }
      // "Thank you" is how most notes open anywhere; every other opening is spread across the page.
      notes.delete('thank you');
      const most = Math.max(...notes.values());
      expect(most).toBeLessThanOrEqual(Math.ceil(page.length / 3));
    },
  );

  it.each(pages)('repeats no distinctive run of four words on the page of a %s', (kind, page) => {
    const reviews = PAGES.find(([k]) => k === kind)?.[1] ?? [];
    // Words the reviewers themselves share ("the staff were friendly") may come back in two notes.
    const theirs = new Set(reviews.flatMap(([text]) => [...runsOf(text)]));
    const count = new Map<string, number>();
    for (const text of page)
      for (const run of runsOf(bodyOf(text))) if (!theirs.has(run)) count.set(run, (count.get(run) ?? 0) + 1);
    expect([...count].filter(([, n]) => n > 1).map(([run]) => run)).toEqual([]);
  });

  it.each(pages)('has no stitched closing or stock filler on the page of a %s', (_, page) => {
    for (const text of page) expect(text).not.toMatch(STITCHED);
  });

  // No filler line is added only to reach thirty words: a note a few words shorter says nothing it need not.
  it.each(pages)('keeps every note on the page of a %s between 25 and 80 words', (_, page) => {
    const words = page.map((text) => sentencesOf(text).join(' ').split(/\s+/).length);
    for (const n of words) {
      expect(n).toBeGreaterThanOrEqual(25);
      expect(n).toBeLessThanOrEqual(80);
    }
  });

  it('hands the praise to the kitchen in at most a third of a restaurant’s notes', () => {
    const page = pages.find(([k]) => k === 'restaurant')?.[1] ?? [];
    expect(page.filter((t) => /kitchen|chef/i.test(t)).length).toBeLessThanOrEqual(
      Math.ceil(page.length / 3),
    );
  });

  it('never asks a home-services customer to come and see the business', () => {
    const page = pages.find(([k]) => k === 'service')?.[1] ?? [];
    for (const text of page)
      expect(text).not.toMatch(
        /come (?:and see|back|in)|see us again|drop in|pop in|visit|welcome you back/i,
      );
  });
});

const WORKS = /\bwork(?:s|ing|ed)?\b/i;

describe('each note on the page is shaped for its business and reads as one voice', () => {
  const pages = PAGES.map(([kind, reviews]) => [kind, draftPage(loadProfile(kind), reviews)] as const);
  const all = pages.flatMap(([kind, page]) => page.map((text) => [kind, text] as const));

  it('never puts two sentences of thanks side by side', () => {
    for (const [, text] of all) {
      const s = sentencesOf(text);
      for (let i = 1; i < s.length; i++)
        expect(/\bthank/i.test(s[i - 1] ?? '') && /\bthank/i.test(s[i] ?? ''), text).toBe(false);
    }
  });

  it('never follows a sentence about how something works with another about it working', () => {
    for (const [, text] of all) {
      const s = sentencesOf(text);
      for (let i = 1; i < s.length; i++)
        expect(WORKS.test(s[i - 1] ?? '') && WORKS.test(s[i] ?? ''), text).toBe(false);
    }
  });

  it('names no visit or appointment in a practice’s notes', () => {
    for (const [kind, text] of all)
      if (kind === 'medical') expect(text).not.toMatch(/your (?:visit|appointment|treatment|care)/i);
  });

  it('speaks of a garage’s work, never of "your car" going well', () => {
    for (const [kind, text] of all)
      if (kind === 'auto')
        expect(text).not.toMatch(/your car (?:went|was|worked|turned)|about your car|happier that your car/i);
  });

  it('never asks a trade’s customer about a "next job" when the review tells of no job', () => {
    const service = loadProfile('service');
    const page = draftPage(service, [
      ['Spotless changing rooms and friendly coaches. The classes are great fun.', 5],
      ['Lovely people, always cheerful on the phone.', 5],
      ['Great experience from start to finish, very friendly.', 5],
      ['Such a welcoming team, would recommend to anyone.', 5],
    ]);
    for (const text of page) expect(text).not.toMatch(/next job|the work\b|come (?:and see|back|in)/i);
  });

  it('names the dish in the invitation only where no quibble was raised', () => {
    const page = draftPage(loadProfile('restaurant'), [
      ['The paella was delicious. Service was slow though.', 4],
      ['The burger was juicy but the fries were cold.', 4],
      ['The curry was tasty, a little too salty for me.', 4],
    ]);
    for (const text of page)
      expect(text).not.toMatch(/come back for the|the \w+ will be ready for you|serve you the/i);
  });
});

describe('a restaurant’s invitation', () => {
  it('names the praised dish once in a note, and a page of such notes still closes in many ways', () => {
    const dishes = [
      'lasagne',
      'brisket',
      'dumplings',
      'carbonara',
      'apple pie',
      'pho',
      'burrito',
      'cheesecake',
    ];
    const page = draftPage(loadProfile('restaurant'), [
      ['The lasagne was delicious.', 5],
      ['The brisket was tender and smoky.', 5],
      ['The dumplings were juicy.', 5],
      ['The carbonara was creamy.', 5],
      ['The apple pie was delicious.', 5],
      ['The pho was fresh and fragrant.', 5],
      ['The burrito was huge and tasty.', 5],
      ['The cheesecake was creamy.', 5],
    ]);
    page.forEach((text, i) => {
      const dish = dishes[i] ?? '';
      expect(text.split(dish).length - 1, text).toBeLessThanOrEqual(1);
    });
    const closes = page.map((text) => sentencesOf(text).at(-1) ?? '');
    expect(new Set(closes).size).toBeGreaterThanOrEqual(6);
  });
});

describe('a product note that recommends or names a plural product', () => {
  it('says "they" where the product is the subject, and credits the recommendation to the product', () => {
    const store = loadProfile('electronics');
    const page = draftPage(store, [
      ['I would recommend these speakers to anyone. Clear and loud.', 5],
      ['Highly recommend these earbuds, they fit well.', 5],
      ['These cables work great, I recommend them.', 5],
      ['Recommended! The headphones are comfortable.', 5],
      ['I recommend these batteries, they last ages.', 5],
      ['The speakers sound great. Recommend.', 5],
    ]);
    for (const text of page) {
      expect(text).not.toMatch(/\b(?:if|when|may|hope) them\b|\bthem (?:ever|need|keep|serve|are)\b/i);
      expect(text).not.toMatch(/recommended to others|vouch for us|passing our name|word of mouth/i);
    }
  });
});

describe('a shop’s page of product notes does not run on one close or one hedge', () => {
  const notes = [
    ['Crisp sound and deep bass from these headphones. Battery could last longer.', 4],
    ['This keyboard types beautifully and the backlight is lovely. The cable is a bit short.', 4],
    ['The webcam picture is sharp even at night. Setup was fiddly though.', 4],
    ['Great little speaker, loud and clear. The app is clunky.', 4],
    ['Love this mouse, it fits my hand perfectly and the clicks are quiet.', 5],
    ['The charger is fast and compact. Works with all my devices.', 5],
  ] as const;
  it('closes without "next" or "upgrade" and never hedges with "on the whole" or "mostly"', () => {
    for (const [text, rating] of notes) {
      const reply = bodyOf(replyTo(store, text, rating));
      const last = sentencesOf(reply).at(-1) ?? '';
      expect(last).not.toMatch(/\bnext\b|upgrade/i);
      expect(reply).not.toMatch(/on the whole|\bmostly\b/i);
    }
  });

  it('hands product notes to more than one listener', () => {
    const said = [
      'the battery life',
      'the cable length',
      'the fiddly setup',
      'the clunky app',
      'the short strap',
    ];
    const who = new Set(said.map((n) => whoHears('product', store, n)));
    expect(who.size).toBeGreaterThan(1);
  });
});
