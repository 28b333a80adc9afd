import { type BusinessProfile, composeDraft } from '@rebound/server/drafting/index';
import {
  feelGood,
  genericOpen,
  genericWhole,
  noteExtra,
  plainThanks,
  STOCK_OPENER,
  stockFamilies,
} from '@rebound/server/drafting/thanks-wording';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { sentencesOf } from './happy-drafts.ts';
import { judged } from './remedy-helpers.ts';
import { loadProfile } from './sample-drafts.ts';

// Pages of thank-you notes, each drafted with the business's earlier notes before it, as a visitor reads them: one
// outline, one stock family or one feel-good line on every note makes the page read as a template.

type Row = readonly [text: string, rating: number, itemName?: string];

function draftPage(profile: BusinessProfile, rows: readonly Row[]): string[] {
  const recent: string[] = [];
  for (const [text, rating, itemName] of rows) {
    const r = { author: null, rating, text, title: null, itemName: itemName ?? null };
    const triage = triageReview(r, { sectorGroup: sectorGroupOf(profile.sector) });
    recent.push(composeDraft(r, triage, profile, { recent }).text);
  }
  return recent;
}

const RESTAURANT: readonly Row[] = [
  ['The lasagne was rich and the garlic bread was crisp. Lovely evening.', 5],
  ['Great atmosphere on a Friday night and the cocktails were strong.', 5],
  ['The decor is beautiful and the staff were attentive all night.', 5],
  ['Best carbonara I have had in years. Will be back.', 5],
  ['The terrace was a treat in the sun and the salads were fresh.', 4],
  ['Friendly welcome, quick service and the pizza was spot on.', 5],
  ['The tasting menu was inventive and the wine pairing worked well.', 5],
  ['Cosy room, warm bread and a very good steak.', 4],
  ['The desserts were the highlight, especially the panna cotta.', 5],
  ['Lovely brunch, the eggs were perfect and the coffee was strong.', 5],
];

const ELECTRONICS: readonly Row[] = [
  ['The speaker fills the kitchen with sound and pairs in seconds.', 5, 'Brio Bluetooth Speaker'],
  ['Sharp picture and the menus are easy to follow.', 5, 'Vantor 40 inch LED TV'],
  ['This drive backs up my photos quickly and runs quiet.', 5, 'Kelda 2TB External Drive'],
  ['Light headphones with a clear sound, good for the commute.', 5, 'Orla On-Ear Headphones'],
  ['The router covers the whole flat now. Setup took five minutes.', 5, 'Nexo AC1200 Router'],
  ['Good value keyboard, quiet keys, my son loves it.', 4, 'Tappa Compact Keyboard'],
  ['The webcam is crisp even in a dim room.', 5, 'Lumo HD Webcam'],
  ['My printer prints fast and the ink lasts.', 5, 'Printa Inkjet Printer'],
  ['The charger is tiny and charges two phones at once.', 5, 'Voltmark Dual Charger'],
  ['The mouse glides and the battery has lasted months.', 5, 'Quill Wireless Mouse'],
  ['Clear photos and the zoom is handy on walks.', 5, 'Fenna Compact Camera'],
  ['Solid tablet for reading and video calls with family.', 4, 'Slate 10 Tablet'],
  ['The sound bar made films far easier to hear.', 5, 'Aria Sound Bar'],
  ['The cable is sturdy and the picture is perfect.', 5, 'Linko HDMI Cable'],
  ['Great little radio, the signal is strong in the shed.', 5, 'Ferro Pocket Radio'],
  ['Earbuds fit well and stay in on runs.', 5, 'Nimbo Sport Earbuds'],
  ['The monitor is bright and the stand is steady.', 5, 'Vista 24 inch Monitor'],
  ['This hub gives my laptop all the ports I need.', 5, 'Portly USB-C Hub'],
  ['The smart plug was easy to set up and works with my phone.', 5, 'Homa Smart Plug'],
  ['Good battery pack, it charged my phone three times.', 5, 'Voltmark Power Bank'],
];

const GYM: readonly string[] = [
  'The circuit sessions are tough but the coaches keep it fun.',
  'Showers are always hot and the lockers are roomy.',
  'Thursday boxing class is the highlight of my week.',
  'Coaches who actually check your form.',
  'Lovely pilates instructor and a quiet room.',
  'The sauna is spotless and the desk staff are cheerful.',
  'Great lunchtime classes that fit round work.',
  'Plenty of racks and friendly people at reception.',
];

const PAGES = [
  ['restaurant', draftPage(loadProfile('restaurant'), RESTAURANT)],
  ['electronics', draftPage(loadProfile('electronics'), ELECTRONICS)],
] as const;

const FEEL_GOOD = feelGood.map((line) => line.replace(/\bI\b/g, 'we').toLowerCase());
const feelsGood = (text: string): boolean =>
  sentencesOf(text).some((s) => {
    const lower = s.toLowerCase();
    return feelGood.some((line) => line.toLowerCase() === lower) || FEEL_GOOD.includes(lower);
  });

describe('a page of thank-you notes does not read as one outline', () => {
  it.each(PAGES)('carries each stock family in few notes of the %s page', (_, page) => {
    // A family is passed over while one of the latest ten notes carries it: at most once in every ten notes, and
    // once more where nothing else fitted.
    for (const family of stockFamilies) {
      const carrying = page.filter((text) => sentencesOf(text).some((s) => family.test(s)));
      expect(carrying.length, `${family}: ${carrying.join(' / ')}`).toBeLessThanOrEqual(
        Math.ceil(page.length / 10) + 1,
      );
    }
  });

  it.each(PAGES)('never stacks two stock exclamations in one note of the %s page', (_, page) => {
    for (const text of page) {
      const stock = sentencesOf(text).filter((s) => STOCK_OPENER.test(s));
      expect(stock.length, text).toBeLessThanOrEqual(1);
    }
  });

  it.each(PAGES)('puts a feel-good line on a minority of the %s page', (_, page) => {
    // Never two notes running: at most one in three.
    expect(page.filter(feelsGood).length).toBeLessThanOrEqual(Math.ceil(page.length / 3));
    expect(page.some((text, i) => feelsGood(text) && feelsGood(page[i + 1] ?? ''))).toBe(false);
  });

  it.each(PAGES)(
    'varies how many sentences the notes of the %s page take, each of 25 to 80 words',
    (_, page) => {
      const lengths = page.map((text) => sentencesOf(text).length);
      expect(new Set(lengths).size).toBeGreaterThanOrEqual(2);
      for (const text of page) {
        const words = sentencesOf(text).join(' ').split(/\s+/).length;
        expect(words, text).toBeGreaterThanOrEqual(25);
        expect(words, text).toBeLessThanOrEqual(80);
      }
    },
  );
});

describe('a thank-you says nothing that does not fit the review', () => {
  it('has no thanks that praises a review for its length, which a four-sentence review would not earn', () => {
    for (const line of [...plainThanks, ...genericOpen, ...genericWhole, ...noteExtra])
      expect(line).not.toMatch(/all down|at (?:such )?length|detailed|in such detail/i);
  });

  it('never tells a gym member to keep up the great work', () => {
    const gym = judged('gym');
    const page = draftPage(
      gym,
      GYM.map((text) => [text, 5] as const),
    );
    for (const text of page) expect(text).not.toMatch(/keep up the (?:great|good) work/i);
  });

  it('answers pure praise at a practice without a word of taking feedback on board', () => {
    const text =
      'Dr. Ellery was kind and explained every step. The bill was far lower than the other clinics quoted, and I was offered a payment plan but ended up not needing it. The staff were friendly and the rooms spotless.';
    const page = draftPage(loadProfile('medical'), [[text, 5]]);
    expect(page[0]).not.toMatch(/on board|noted|feedback|candid|frank/i);
  });
});
