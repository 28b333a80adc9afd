import { describe, expect, it } from 'vitest';
import { replyToGoods, storedReplyWhere } from './device-helpers.ts';

// A memory card that came corrupted and would not format is the grievance, told in our words; the few days it took
// in the post, told in passing, are no wait to apologise for. Weeks in the post still are.

const CORRUPTED = /\bcorrupted\b/;
const WAIT = /\b(?:wait|took so much longer|longer than)\b/;
const card = 'SanDisk - Flash memory card - 2 GB - microSD: Electronics';

describe('a card that came corrupted', () => {
  it('is answered on the corruption, with no apology for five days in the post', () => {
    const draft = storedReplyWhere(/cannot format itself/);
    expect(draft).toMatch(CORRUPTED);
    expect(draft).not.toMatch(WAIT);
  });

  it('is named where the reviewer says only that it would not format', () => {
    expect(replyToGoods('The card would not format in my camera or my laptop. Useless.', card)).toMatch(
      /\bformat/,
    );
  });

  it('leaves files the reviewer lost to the lost-files grievance', () => {
    const draft = replyToGoods(
      'This card corrupted my photos from the whole holiday. I lost everything.',
      card,
    );
    expect(draft).not.toMatch(/\bwould not format\b|\bcould not be formatted\b/);
  });
});

describe('days in the post', () => {
  it('are a wait to answer where they ran to weeks', () => {
    expect(
      replyToGoods('Ordered it and it took three weeks to get to me, and the box was crushed.', card),
    ).toMatch(WAIT);
  });
});
