import { aboutTheMake } from '@rebound/server/drafting/compose-thanks';
import { describe, expect, it } from 'vitest';
import { bodyOf, draftPage } from './happy-drafts.ts';
import { loadProfile } from './sample-drafts.ts';

// How a shop's page of thank-you notes thanks, closes and answers small points about what was bought.

const PRAISE_ONLY = [
  {
    text: 'The charger is fast and tiny. Works with every phone in the house.',
    itemName: 'Anker USB Charger',
  },
  { text: 'Great little speaker, loud and clear for the size.', itemName: 'JBL Go Speaker' },
  { text: 'The keyboard is quiet and the battery lasts for months.', itemName: 'Logitech K380 Keyboard' },
  { text: 'Sharp picture and easy to set up on the wall.', itemName: 'Samsung 40 inch TV' },
  { text: 'Good mouse, smooth on any surface and comfortable.', itemName: 'Logitech M185 Mouse' },
  { text: 'These earbuds stay in when I run and the bass is good.', itemName: 'Sony Sports Earbuds' },
  { text: 'The router covers the whole flat with no dead spots.', itemName: 'Netgear N300 Router' },
  { text: 'Webcam gives a clear picture for calls with family.', itemName: 'Logitech C270 Webcam' },
  { text: 'The memory card is quick and holds all my photos.', itemName: 'SanDisk 64GB Card' },
  { text: 'The power bank charges my phone twice over. Handy for trips.', itemName: 'Anker Power Bank' },
  { text: 'The headphones are comfortable for hours and the sound is rich.', itemName: 'Sony Headphones' },
  { text: 'Solid cable, charges quickly and the plug fits snugly.', itemName: 'Belkin USB-C Cable' },
];

// Points of taste or fit a maker would not act on: the size, the volume, the price, the instructions.
const TASTE_POINTS = [
  {
    text: 'Great sound from these speakers. The cable is a bit short.',
    rating: 4,
    itemName: 'Edifier Speakers',
  },
  {
    text: 'The keyboard types nicely. The keys are a little loud.',
    rating: 4,
    itemName: 'Logitech Keyboard',
  },
  {
    text: 'Comfortable headphones. The ear cups are a little small.',
    rating: 4,
    itemName: 'Sony Headphones',
  },
  { text: 'Good webcam picture. A bit pricey for what it is.', rating: 4, itemName: 'Logitech Webcam' },
  { text: 'The router works well. The instructions are thin.', rating: 4, itemName: 'Netgear Router' },
];

const HANDED = /\b(?:maker|manufacturer|buying team|our buyers|the brand)\b/i;

describe('a point about a product is handed to its maker only when it is about how the product is made', () => {
  it('reads breaking, jamming, loose and flimsy parts as the make, and size, volume, price and instructions not', () => {
    for (const point of [
      'the stand is a little wobbly',
      'the document feeder jamming after heavy use',
      'the plug coming loose',
      'the clip is a bit flimsy',
      'the hinge cracked',
    ])
      expect(aboutTheMake(point), point).toBe(true);
    for (const point of [
      'the cable is a bit short',
      'the keys are a little loud',
      'the thin instructions',
      'the price',
    ])
      expect(aboutTheMake(point), point).toBe(false);
  });

  it('never promises to pass a point of taste or fit to the maker or the buyers', () => {
    const page = draftPage(loadProfile('electronics'), TASTE_POINTS).map(bodyOf);
    for (const reply of page) expect(reply).not.toMatch(HANDED);
  });
});

describe('the thanks across a page of product notes', () => {
  const page = draftPage(loadProfile('electronics'), PRAISE_ONLY).map(bodyOf);

  it('thanks "Thank you for…" or "Many thanks for…" in at most a third of the notes each', () => {
    for (const frame of [/\bthank you for\b/i, /\bmany thanks for\b/i])
      expect(page.filter((reply) => frame.test(reply)).length, page.join('\n---\n')).toBeLessThanOrEqual(
        Math.floor(page.length / 3),
      );
  });

  it('closes on "Enjoy…" at most once on a page', () => {
    expect(page.filter((reply) => /\benjoy\b/i.test(reply)).length, page.join('\n---\n')).toBeLessThanOrEqual(
      1,
    );
  });
});
