import { plainThanks } from '@rebound/server/drafting/thanks-wording';
import { describe, expect, it } from 'vitest';
import { bodyOf, draftPage, type PageReview, sentencesOf } from './happy-drafts.ts';
import { loadProfile } from './sample-drafts.ts';

// Twenty thank-yous for one business, read in order as a visitor reads its page: a frame of thanks, praise or
// invitation heard again a few notes on ("whenever you…", "whatever you need next", "Thanks for … how it went",
// "Your kind words … made our week"), or one outline on every note (a glad line, thanks for writing, come back),
// makes the page read as a template, however the words in between change.

const STORE: readonly PageReview[] = [
  { text: 'Crimps cleanly every time and the handles are comfortable.', itemName: 'Ratchet Crimp Tool' },
  { text: 'The card went in and my old laptop had USB 2.0 at last.', itemName: 'CardBus USB 2.0 Card' },
  { text: 'The picture is sharp and the menus make sense.', itemName: 'Vantor 40 inch LED TV' },
  {
    text: 'Backs up my photo library quickly and never makes a sound.',
    itemName: 'Kelda 2TB External Drive',
  },
  { text: 'Light on the ears and clear enough for podcasts on the bus.', itemName: 'Orla On-Ear Headphones' },
  {
    text: 'Signal reaches the garden office now. Took ten minutes to set up.',
    itemName: 'Nexo AC1200 Router',
  },
  {
    text: 'Quiet keys and a good price. My daughter uses it for homework.',
    itemName: 'Tappa Compact Keyboard',
  },
  { text: 'Crisp image even with the curtains shut.', itemName: 'Lumo HD Webcam' },
  { text: 'Prints quickly and the cartridges go a long way.', itemName: 'Printa Inkjet Printer' },
  {
    text: 'Small enough for a coat pocket and charges two phones together.',
    itemName: 'Voltmark Dual Charger',
  },
  { text: 'Glides on any desk and the battery has lasted half a year.', itemName: 'Quill Wireless Mouse' },
  { text: 'Sharp photos, and the zoom is handy when we are out walking.', itemName: 'Fenna Compact Camera' },
  { text: 'A solid tablet for reading the news and calling the grandchildren.', itemName: 'Slate 10 Tablet' },
  { text: 'Dialogue is far easier to follow with this under the TV.', itemName: 'Aria Sound Bar' },
  { text: 'Strong signal in the shed and the batteries last for weeks.', itemName: 'Ferro Pocket Radio' },
  { text: 'They stay put on a long run and sound better than I expected.', itemName: 'Nimbo Sport Earbuds' },
  { text: 'Bright panel and a stand that does not wobble.', itemName: 'Vista 24 inch Monitor' },
  { text: 'Every port my laptop lacked, in one little block.', itemName: 'Portly USB-C Hub' },
  { text: 'Set it up from my phone in a minute and the schedule works well.', itemName: 'Homa Smart Plug' },
  { text: 'Filled my phone three times on a camping weekend.', itemName: 'Voltmark Power Bank' },
];

const HOTEL: readonly PageReview[] = [
  { text: 'Big comfortable bed and a quiet room at the back.' },
  { text: 'The breakfast buffet had everything and the coffee was good.' },
  { text: 'Handy for the ferry terminal and the staff stored our bags.' },
  { text: 'Spotless bathroom and thick towels. We would stay again.' },
  { text: 'The rooftop bar has a great view over the harbour.' },
  { text: 'The pool was warm and the gym had what I needed.' },
  { text: 'Friendly night porter who found us a late taxi.' },
  { text: 'Lovely sea view from our room and the windows opened wide.' },
  { text: 'Good value for the location, and a fast check-in.' },
  { text: 'The restaurant did a lovely fish supper.' },
  { text: 'Our third stay and it is still our favourite in town.' },
  { text: 'Kids loved the pool, and the family room had space for everyone.' },
  { text: 'Quiet, clean and close to the old town.' },
  { text: 'The concierge booked us a great boat trip.' },
  { text: 'Comfortable room, strong shower and fast wifi.' },
  { text: 'Easy parking and a warm welcome at the desk.' },
  { text: 'The afternoon tea was a treat for my mum’s birthday.', rating: 5 },
  { text: 'Modern rooms and a good breakfast, a bit of street noise at night.', rating: 4 },
  { text: 'The spa treatment was relaxing and the staff were kind.' },
  { text: 'Great location for the conference centre and the bed was comfy.' },
];

const PAGES = [
  ['electronics store', draftPage(loadProfile('electronics'), STORE).map(bodyOf)],
  ['hotel', draftPage(loadProfile('hotel'), HOTEL).map(bodyOf)],
] as const;

// Frames a reader of a page hears as one however their words change.
const FRAMES: readonly RegExp[] = [
  /\bwhenever you\b/i,
  /\bwhatever you need\b|\bwhatever comes next\b/i,
  /\b(?:thanks?|thank you) for [^.]*\bhow it went\b/i,
  /\bmade (?:our|my) (?:week|day)\b/i,
  /\byour kind words\b/i,
  /\bsay hello\b/i,
  /\bpop in\b|\bdrop (?:in|by)\b/i,
  /\bjust ask\b|\bask away\b/i,
  /\bnever gets old\b/i,
  /\bpicked well\b|\bchose well\b|\bsmart move\b/i,
  /\bwe are glad we could\b|\bglad you (?:came to|found)\b/i,
  /\bbrowse\b/i,
  /\bseat\b|\btable\b/i,
  /\bwelcom\w* you back\b/i,
  /\bshout-out\b|\bkind mention\b|\bgood word\b/i,
];
// How many notes a frame is held back for after one carries it.
const HELD = 8;

// The lines that thank the reviewer for writing, after an opening that did not, in either voice.
const WRITING_THANKED = new Set(
  plainThanks.flatMap((line) => [line, line.replace(/\bI am\b/g, 'We are').replace(/\bI\b/g, 'we')]),
);

/** How a note is built: how it opens, whether it has its own thanks-for-writing line, and how many sentences. */
function outlineOf(body: string): string {
  const sentences = sentencesOf(`${body}\n— x`);
  const [first = '', ...rest] = sentences;
  const opens = /\bthank|\bappreciate/i.test(first) ? 'thanks' : 'praise or person';
  const thanksLine = rest.some((s) => WRITING_THANKED.has(s));
  return `${opens} / ${thanksLine ? 'thanks line' : 'no thanks line'} / ${sentences.length} sentences`;
}

describe('a page of twenty thank-yous for one business', () => {
  it.each(PAGES)('holds a frame back for eight notes after one carries it on the %s page', (_, page) => {
    const repeats: string[] = [];
    for (const frame of FRAMES)
      page.forEach((body, i) => {
        const again = page.slice(i + 1, i + HELD).findIndex((later) => frame.test(later));
        if (frame.test(body) && again >= 0) repeats.push(`${frame} in notes ${i + 1} and ${i + 2 + again}`);
      });
    expect(repeats).toEqual([]);
  });

  it.each(PAGES)('rotates its outline down the %s page', (_, page) => {
    const outlines = page.map(outlineOf);
    // Never three notes running built the same way, and no outline on more than a third of the page.
    expect(outlines.some((o, i) => o === outlines[i + 1] && o === outlines[i + 2])).toBe(false);
    const counts = new Map<string, number>();
    for (const o of outlines) counts.set(o, (counts.get(o) ?? 0) + 1);
    expect(Math.max(...counts.values())).toBeLessThanOrEqual(Math.ceil(page.length / 3));
    // Some notes open on the praised thing or the person rather than on thanks, and some carry no separate
    // thanks-for-writing line.
    expect(outlines.filter((o) => o.startsWith('praise or person')).length).toBeGreaterThanOrEqual(3);
    expect(outlines.filter((o) => o.includes('no thanks line')).length).toBeGreaterThanOrEqual(3);
  });

  // A note that names what was praised and invites the reviewer back needs no filler line to reach a length: a few
  // words short of thirty is better than a line that says nothing about the review.
  it.each(PAGES)('keeps every note on the %s page between 25 and 80 words', (_, page) => {
    for (const body of page) {
      const words = sentencesOf(`${body}\n— x`).join(' ').split(/\s+/).length;
      expect(words, body).toBeGreaterThanOrEqual(25);
      expect(words, body).toBeLessThanOrEqual(80);
    }
  });
});
