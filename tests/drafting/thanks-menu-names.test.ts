import { readPraise } from '@rebound/server/drafting/thanks-praise';
import { splitSentences } from '@rebound/server/triage/situation/sentences';
import { describe, expect, it } from 'vitest';
import { replyTo } from './happy-drafts.ts';

// A wine or a dish named with a capital ("the Syrah", "the Caesar salad") is praise to thank for, told as the
// reviewer wrote it; a proper name of a place ("the Fort Mill stadium", "the Hilton") still is not. A smiley standing
// in for the full stop ("too sober ;) The Syrah was…") ends its sentence, so praise after it is not read as part of
// the fault before it.

const subjects = (text: string): string[] => readPraise(text).map((p) => p.subject);

describe('praise of a wine or a dish written with a capital', () => {
  it('is read with its capital', () => {
    expect(subjects('The Syrah was absolutely delicious.')).toEqual(['the Syrah']);
    expect(subjects('The Caesar salad was very tasty.')).toEqual(['the Caesar salad']);
  });

  it('near miss: a place by its proper name is not thanked for', () => {
    expect(subjects('The Fort Mill stadium was great.')).toEqual([]);
    expect(subjects('We stayed nearby. The Hilton was lovely.')).toEqual([]);
  });
});

describe('a smiley in place of a full stop', () => {
  it('ends the sentence where a capital follows', () => {
    expect(
      splitSentences(
        'The only negative was the chilly draft, but perhaps we were too sober ;) The Syrah was lovely.',
      ).map((s) => s.text),
    ).toEqual([
      'The only negative was the chilly draft, but perhaps we were too sober ;)',
      'The Syrah was lovely.',
    ]);
  });

  it('near miss: a time or a smiley mid-sentence ends nothing', () => {
    expect(splitSentences('We came at 5:00 PM and loved it :) so much.')).toHaveLength(1);
  });

  it('lets the thanks name what was praised after it', () => {
    const reply = replyTo(
      'restaurant',
      'Came here after a concert and were seated right away. The only negative about our seats was the pretty chilly draft, but perhaps we were just too sober ;) The Syrah was absolutely delicious, and at $11 for a glass, a bargain.',
      4,
    );
    expect(reply).toMatch(/\bSyrah\b/);
  });
});
