import { type BusinessProfile, composeDraft } from '@rebound/server/drafting/index';
import { lastUseIn } from '@rebound/server/drafting/pick-variant';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { bodyOf, sentencesOf } from './happy-drafts.ts';
import { loadProfile } from './sample-drafts.ts';

// A page of thank-you notes to one electronics shop's product reviews, drafted in order with the shop's earlier
// replies, as a visitor to the shop's page reads them: every note beside the others.

type Review = {
  author: string | null;
  rating: number;
  text: string;
  title: string | null;
  itemName: string | null;
};

const REVIEWS: ReadonlyArray<readonly [string, number, string | null, string | null]> = [
  [
    'Fits my old player better than the one it came with. Sound is clear. The cord is a bit short though.',
    4,
    'Good fit',
    'Zento 2GB MP3 Player Armband',
  ],
  [
    'These batteries last ages in the kids toys. Good price for a pack of twenty.',
    5,
    'Long lasting',
    'Voltmark AA Alkaline Batteries (20-Pack)',
  ],
  [
    'The webcam picture is sharp and the microphone picks up voices well. I use it to call my brother overseas every week.',
    5,
    'Great for calls',
    'Lumo HD Webcam with Microphone',
  ],
  [
    'Clear sound and plenty of volume for a small room. The remote feels cheap.',
    4,
    'Nice speakers',
    'Tandell 2.1 Desktop Speaker System',
  ],
  [
    'The card works in my camera and my phone with no trouble. Read speed is slower than advertised.',
    4,
    'Does the job',
    'Kestra 8GB SD Memory Card',
  ],
  [
    'Set up the router in ten minutes and the signal reaches the garden now. I recommend it.',
    5,
    'Easy setup',
    'Brightline N300 Wireless Router',
  ],
  [
    'Comfortable headphones and the bass is punchy. The ear cups are a little small for me.',
    4,
    'Comfy',
    'Orvo Studio Over-Ear Headphones',
  ],
  [
    'Keeps my laptop safe on the train. Lots of pockets and the padding is thick.',
    5,
    'Great bag',
    'Carrow 15 inch Laptop Backpack',
  ],
  [
    'The surge protector does what it should. The warning light is hard to see from the desk.',
    4,
    'Works',
    'Stellan 8-Outlet Surge Protector',
  ],
  [
    'Crisp picture on the little screen and the battery got us through a long car trip.',
    5,
    'Kids love it',
    'Pivo 7 inch Portable DVD Player',
  ],
  [
    'Cheap and cheerful earbuds. Sound is fine for the gym. They tangle in my bag.',
    4,
    'Fine for the gym',
    'Nimbo Sport Earbuds',
  ],
  [
    'This mouse is smooth and precise and the scroll wheel is quiet. Highly recommend.',
    5,
    'Excellent mouse',
    'Quill Wireless Laser Mouse',
  ],
  [
    'The charger tops up my phone fast and is small enough for a pocket.',
    5,
    'Handy',
    'Voltmark 20W USB-C Charger',
  ],
  [
    'Good keyboard, the keys feel solid and the backlight is nice. No volume keys, which I miss.',
    4,
    'Solid keys',
    'Keylo Backlit Keyboard',
  ],
  [
    'The receiver handles all my HDMI inputs and the sound is rich for the price.',
    5,
    'Great value',
    'Sonara 5.1 AV Receiver',
  ],
  [
    'Works with my old laptop through the card slot. The driver disc was out of date, had to download one.',
    4,
    'Works fine',
    'Netlo PC Card Network Adapter',
  ],
  [
    'Holds a hundred discs and the sleeves do not scratch them. Sturdy zip.',
    5,
    'Great case',
    'Discra 100 Disc Wallet',
  ],
  [
    'The GPS finds a signal in the woods quickly and the screen is bright in sunshine.',
    5,
    'Reliable',
    'Trailcom Handheld GPS',
  ],
  [
    'Clean sound through these cables, a clear step up from the old ones. A bit stiff to bend.',
    4,
    'Better sound',
    'Auden Gold Audio Interconnect Cables',
  ],
  [
    'The radio pulls in stations well and the hand crank is a lifesaver in a power cut.',
    5,
    'Emergency radio',
    'Ferro Crank Emergency Radio',
  ],
];

// Five-star notes that each recommend what they bought: every note answers the recommendation, so the page shows
// whether that answer comes in one stock frame.
const RECOMMENDS: readonly string[] = [
  'I recommend these speakers, clear sound and deep bass.',
  'Highly recommend this keyboard, the keys feel great.',
  'The webcam is sharp. Would recommend to anyone.',
  'Great headphones, comfortable for hours. I recommend them.',
  'This mouse is smooth and precise. Recommended.',
  'The charger is fast and small. I would recommend it.',
  'Strong router signal in every room. Recommend it to friends.',
  'Lovely tablet screen and long battery. Highly recommended.',
  'The radio pulls in stations well. I recommend it.',
  'The camera is light and takes sharp photos. Recommend.',
];

function draftPage(
  profile: BusinessProfile,
  reviews: ReadonlyArray<readonly [string, number, string | null, string | null]>,
): string[] {
  const recent: string[] = [];
  for (const [text, rating, title, itemName] of reviews) {
    const r: Review = { author: null, rating, text, title, itemName };
    const triage = triageReview(r, { sectorGroup: sectorGroupOf(profile.sector) });
    recent.push(composeDraft(r, triage, profile, { recent }).text);
  }
  return recent;
}

const COMMON_WORDS = new Set(
  'i me my we us our you your it its this that the a an and or but so to of for with on in at by from be am is are was were will would can could should have has had do did not like if as about what how when'.split(
    ' ',
  ),
);
const wordsOf = (text: string): string[] => text.toLowerCase().match(/[\p{L}']+/gu) ?? [];
const runsOf = (text: string, size: number): Set<string> => {
  const words = wordsOf(text);
  const runs = new Set<string>();
  for (let i = 0; i + size <= words.length; i++) {
    const run = words.slice(i, i + size);
    if (run.filter((x) => !COMMON_WORDS.has(x)).length >= 2) runs.add(run.join(' '));
  }
  return runs;
};

// Frames a reader of the page recognises however the sentence around them runs.
const FRAMES: ReadonlyArray<readonly [string, RegExp]> = [
  [
    'a point handed to the maker or the buyers',
    /\b(?:maker|manufacturer|buying team|our buyers|the brand)\b/i,
  ],
  ['more than any advert', /\bmore than any\b|\bbeats any\b|\bbest advert\b/i],
  ['putting a name to it', /\bput your name to\b/i],
  ['what we hope for', /\bhope (?:for|to hear)\b/i],
  ['a hand when needed', /\bneeds? a hand\b|\bwe are here\b/i],
  ['your words on', /\byour words on\b/i],
  ['what you said about', /\bwhat you (?:said|wrote) (?:about|on)\b/i],
  ['a fair point', /\bfair (?:point|one)\b|\bwell taken\b/i],
  ['owners and sales', /\bowners?\b.*\bsale\b|\bhappy owners\b/i],
  ['other shoppers', /\bother (?:shoppers|buyers)\b|\banyone (?:still deciding|weighing)\b/i],
];

describe('a page of thank-you notes for one electronics shop does not read as a form', () => {
  const store = loadProfile('electronics');
  const bodies = draftPage(store, REVIEWS).map(bodyOf);
  const recommending = draftPage(
    store,
    RECOMMENDS.map((text) => [text, 5, null, null] as const),
  ).map(bodyOf);

  it('shares no distinctive run of four words across more than two notes', () => {
    const theirs = new Set(REVIEWS.flatMap(([text]) => [...runsOf(text, 4)]));
    const count = new Map<string, number>();
    for (const text of bodies)
      for (const run of runsOf(text, 4)) if (!theirs.has(run)) count.set(run, (count.get(run) ?? 0) + 1);
    expect([...count].filter(([, n]) => n > 2).map(([run]) => run)).toEqual([]);
  });

  it.each(FRAMES)('uses the frame "%s" in at most one note of a page', (_, frame) => {
    if (process.env.SHOW_FRAMES)
      console.log(
        frame,
        bodies.filter((t) => frame.test(t)).length,
        recommending.filter((t) => frame.test(t)).length,
      );
    expect(bodies.filter((text) => frame.test(text)).length).toBeLessThanOrEqual(1);
    expect(recommending.filter((text) => frame.test(text)).length).toBeLessThanOrEqual(1);
  });

  it('asks the reviewer back in every note, never the same way in two of any three notes running', () => {
    // A support line alone ("our inbox is always open") or a wish for the product is no invitation back; every note
    // asks the reviewer back, into the shop or for what they need next, so the way it asks is what must vary.
    const asksIn =
      /\b(?:pop in|drop (?:by|in)|stop (?:in|by)|call in|say hello|see (?:you|us)|come (?:back|in|and)|visit|browse|welcome back|in the (?:shop|store)|at the counter|think of us|help (?:you choose|you find|with whatever|with that too)|track it down|know where we are)\b/i;
    const ways = [
      /\bpop in\b|\bdrop (?:by|in)\b/i,
      /\bsay hello\b/i,
      /\bsee you (?:back|again)\b|\bsee us again\b/i,
      /\bcome back\b/i,
      /\bin the (?:shop|store)\b/i,
      /\bbrowse\b/i,
    ];
    for (const page of [bodies, recommending]) {
      const closes = page.map((text) => sentencesOf(text).at(-1) ?? '');
      for (const close of closes) expect(close).toMatch(asksIn);
      for (let i = 0; i + 1 < closes.length; i++) {
        const near = closes.slice(i + 1, i + 3);
        for (const way of ways)
          expect(way.test(closes[i] ?? '') && near.some((c) => way.test(c)), near.join(' | ')).toBe(false);
      }
    }
  });

  it('closes neither with "enjoy" nor "come back and see us", after a reply that did both', () => {
    const before = 'Thank you for the review. Enjoy the speakers, and do come back and see us.';
    for (const [text, rating, title, itemName] of REVIEWS) {
      const r: Review = { author: null, rating, text, title, itemName };
      const triage = triageReview(r, { sectorGroup: sectorGroupOf(store.sector) });
      const close =
        sentencesOf(bodyOf(composeDraft(r, triage, store, { recent: [before] }).text)).at(-1) ?? '';
      expect(close).not.toMatch(/\benjoy|come back and see us|see us again/i);
    }
  });

  it('never asks about what pairs well with a product, or wishes "fun" with one', () => {
    for (const text of bodies) expect(text).not.toMatch(/pairs well|have fun with/i);
  });

  it('tells back no quibble as a clause stitched on after who hears it', () => {
    for (const text of bodies) expect(text).not.toMatch(/\bon to [^.;,]+, that\b|\bwhat you said, that\b/i);
  });

  it('repeats no sentence', () => {
    const seen = new Map<string, number>();
    for (const text of bodies) for (const s of sentencesOf(text)) seen.set(s, (seen.get(s) ?? 0) + 1);
    expect([...seen].filter(([, n]) => n > 1).map(([s]) => s)).toEqual([]);
  });
});

describe('a thank-you that could name nothing the reviewer praised', () => {
  it('does not call a plain or grumbling review kind or generous', () => {
    const store = loadProfile('electronics');
    const recent: string[] = [];
    for (const text of [
      'It works. Took a while to arrive. Four stars.',
      'Does what the box says. Nothing more to say.',
      'Fine. Does the job.',
      'OK product. You get what you pay for.',
      'Arrived on time. Plugged it in and it works.',
      'Bought two, both work. That is all.',
    ]) {
      const r: Review = { author: null, rating: 4, text, title: null, itemName: null };
      const triage = triageReview(r, { sectorGroup: sectorGroupOf(store.sector) });
      const reply = composeDraft(r, triage, store, { recent }).text;
      recent.push(reply);
      expect(reply).not.toMatch(/\b(?:kind|generous|warm) words\b/i);
    }
  });
});

// Four-star notes with one small point each about the product, and the word that point turns on.
const QUIBBLES: ReadonlyArray<readonly [string, RegExp]> = [
  ['Great sound from these speakers. The cable is a bit short.', /short/],
  ['The keyboard types nicely. The keys are a little loud.', /loud/],
  ['Sharp webcam picture. The clip is a bit flimsy.', /flimsy/],
  ['Comfortable headphones with deep bass. The ear cups are a little small.', /small/],
  ['The mouse is accurate and light. The scroll wheel is a bit stiff.', /stiff/],
  ['Bright projector picture. The fan is a little noisy.', /noisy/],
  ['Good sound from the soundbar. The remote is a bit cheap.', /cheap/],
  ['The monitor colours are lovely. The stand is a little wobbly.', /wobbly/],
  ['Handy power bank, charges two phones at once. The casing is a bit slippery.', /slippery/],
];
const HANDED =
  /\b(?:maker|manufacturer|buying team|buyers|the brand)\b|\b(?:take it up|raise it|share it|pass it) (?:with|to)\b/i;

describe('a page of four-star product notes with one small point each', () => {
  const store = loadProfile('electronics');
  const recent: string[] = [];
  const told: string[] = [];
  for (const [text, point] of QUIBBLES) {
    const r: Review = { author: null, rating: 4, text, title: null, itemName: null };
    const triage = triageReview(r, { sectorGroup: sectorGroupOf(store.sector) });
    const reply = bodyOf(composeDraft(r, triage, store, { recent }).text);
    recent.push(reply);
    if (point.test(reply)) told.push(reply);
  }

  it('acknowledges most points as they stand, without promising to pass them to the maker or the buyers', () => {
    expect(told.length).toBeGreaterThanOrEqual(5);
    expect(told.filter((reply) => HANDED.test(reply)).length).toBeLessThanOrEqual(
      Math.floor(told.length / 3),
    );
  });

  it('never promises to pass a point on in two notes running', () => {
    for (let i = 1; i < recent.length; i++)
      expect(HANDED.test(recent[i - 1] ?? '') && HANDED.test(recent[i] ?? ''), recent[i]).toBe(false);
  });
});

// Pairs of our own sentences that share nothing but a frame a reader recognises: a reply carrying the first makes a
// template carrying the second count as used, so a page spreads the frame however the sentence around it runs.
const SAME_FRAME: ReadonlyArray<readonly [string, string]> = [
  ['Honest notes are worth more than any advert.', 'That says more than any spec sheet could.'],
  [
    'Few owners put their name to a product so readily.',
    'It says a lot that you would put your name to {item}.',
  ],
  ['Our buying team reads every note.', 'I will pass it to the buying team soon.'],
  ['The manufacturer has been told.', 'I have written to the maker about it.'],
  ['Results like this are what anyone would hope for.', 'That is the outcome we hope for.'],
  ['Any questions, we are here.', 'If you need us, we are here all week.'],
  ['Your words on the screen were lovely.', 'I smiled at your words on {p}.'],
  ['Other shoppers will thank you.', 'This helps other buyers choose.'],
  ['A fair point, and noted.', 'Your view on {n} is well taken.'],
  ['Come and chat about kit any time.', 'Pop in whenever you want a second opinion on kit.'],
];

describe('a frame shared with a recent reply', () => {
  it.each(SAME_FRAME)('counts "%s" as a use of "%s"', (said, template) => {
    expect(lastUseIn([said])(template)).toBeGreaterThanOrEqual(0);
  });
});

describe('"it works well" told back across a page', () => {
  it('is said in more than one way, no way in more than a third of the notes', () => {
    const store = loadProfile('electronics');
    const page = draftPage(
      store,
      [
        ['This charger works well and fast.', 5, null, 'Anker 2-Port USB Wall Charger'],
        ['The mouse works well on any surface.', 5, null, 'Logitech M185 Wireless Mouse'],
        ['These earbuds work well for running.', 5, null, 'Sony Sports Earbuds'],
        ['The router works well in our flat.', 5, null, 'Netgear N300 Wireless Router'],
        ['Keyboard works well with my tablet.', 5, null, 'Logitech K380 Bluetooth Keyboard'],
        ['The webcam works well for calls.', 5, null, 'Logitech C270 HD Webcam'],
      ].map(
        ([text, rating, title, item]) => [String(text), Number(rating), title as null, String(item)] as const,
      ),
    );
    const ways = [/\bhow well \S+(?: \S+)*? works?\b/i, /worked for you/i, /the job/i, /been working/i];
    const used = ways.map((way) => page.filter((text) => way.test(text)).length);
    expect(used.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    for (const count of used) expect(count, page.join('\n---\n')).toBeLessThanOrEqual(2);
  });

  it('counts looking into a matter and "you describe" as stock phrases of a page', () => {
    expect(lastUseIn(['I will look into it today.'])('I am looking into it now.')).toBeGreaterThanOrEqual(0);
    expect(
      lastUseIn(['The leak you describe worried me.'])('The noise you mention is not right.'),
    ).toBeGreaterThanOrEqual(0);
    expect(lastUseIn(['The room was cold.'])('I am looking into it now.')).toBe(-1);
  });
});
