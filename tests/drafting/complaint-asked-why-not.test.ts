import { describe, expect, it } from 'vitest';
import { replyToGoods, storedReplyWhere } from './device-helpers.ts';
import { draftFor, judged } from './remedy-helpers.ts';

// A question that tells rather than asks is the reviewer's grievance: "My problem: why NOT support WMA files?" says
// the player would not take their music, and "the mechanic didn't address any of my concerns" that they were not
// heard. A question that asks ("Does it support WMA files?") and concerns that were answered are no grievance.

const FORMATS = /\bfile formats\b/;
const player = 'Creative Zen Micro MP3 Player';
const garage = judged('auto');

describe('a grievance told as a question', () => {
  it('answers an iPod returned for want of WMA support with the formats it would not play', () => {
    // "iPod is Great - iTunes makes it suck!": the music collection in WMA is why it went back.
    const draft = storedReplyWhere(/why NOT support WMA files\?/);
    expect(draft).toMatch(FORMATS);
    expect(draft).not.toMatch(/\bdid not go the way it should\b/);
  });

  it('reads "why not support" said straight out as the same grievance', () => {
    expect(
      replyToGoods('Why not support AAC? Half my music will not go on it, so back it goes.', player, 2),
    ).toMatch(FORMATS);
  });

  it('leaves a question that only asks about a format unanswered as a grievance', () => {
    const draft = replyToGoods(
      'Does it support WMA files? Nobody could tell me. The battery died within a week.',
      player,
    );
    expect(draft).not.toMatch(FORMATS);
    expect(draft).toMatch(/\bbattery\b/);
  });
});

describe('concerns nobody addressed', () => {
  it('are told back as not being listened to at a garage', () => {
    expect(
      draftFor(
        garage,
        'I brought my truck in for a noise. The mechanic didn’t address any of my concerns and charged me for an inspection. Will not be back.',
      ),
    ).toMatch(/\bdid not feel listened to\b/);
  });

  it('are not where the reviewer says they were addressed', () => {
    const draft = draftFor(
      garage,
      'They addressed all my concerns, but the bill was far higher than the estimate.',
    );
    expect(draft).not.toMatch(/\blistened to\b/);
    expect(draft).toMatch(/\b(?:price|bill|quoted|estimate)\b/);
  });
});
