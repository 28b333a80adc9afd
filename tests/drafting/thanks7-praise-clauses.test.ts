import { describe, expect, it } from 'vitest';
import { praisedSubjects as subjects } from './happy-drafts.ts';
import { everyWording, judged } from './remedy-helpers.ts';

// Praise told after a comparison with other places, or before a clause about the thing, is still the reviewer's
// praise of this business, so the thank-you can name it rather than thank for "your appointment".

describe('praise after a comparison joined by a bare "but"', () => {
  const told =
    'I came in for a gel manicure and stayed for the pool. The manicure costs much the same as at any other nail salon but the amenities are out of this world.';

  it('is read as praise of this business', () => {
    expect(subjects(told)).toContain('the amenities');
  });

  it('is named in the thank-you', () => {
    const drafts = everyWording(judged('spa'), told, { rating: 5, count: 12 });
    expect(drafts.some((d) => /the amenities/.test(d))).toBe(true);
  });

  it('leaves praise that stays with the other place unread (near miss)', () => {
    expect(
      subjects('We usually go to another nail salon where the amenities are out of this world.'),
    ).not.toContain('the amenities');
  });
});

describe('a described thing followed by a clause about it', () => {
  it('is read as praise ("a beautiful locker room that had a sauna")', () => {
    expect(subjects('They had a beautiful locker room that had a sauna in it. It was awesome!')).toContain(
      'the locker room',
    );
  });

  it('is not read when "that" opens no clause on the thing (near miss)', () => {
    expect(subjects('We had a beautiful locker room that morning to ourselves.')).not.toContain(
      'the locker room',
    );
  });
});

describe('how a thing tasted, told as "their flavor"', () => {
  it('is named as the flavour of the thing told of just before', () => {
    expect(
      subjects(
        'Worth queueing in the rain. I heard the poppy seed rolls came out warm. I loved their flavor and texture.',
      ),
    ).toContain('the flavor and texture of the rolls');
  });

  it('keeps the old reading when no thing was told of before it (near miss)', () => {
    expect(subjects('What a little shop. I loved their flavor and texture.')).toContain(
      'our flavor and texture',
    );
  });
});

describe('an ease told of a pair of things', () => {
  it('does not lift half of the pair ("easy entry and exit" is not "the entry")', () => {
    const read = subjects(
      'The hotel sits right by a traffic light, so easy entry and exit. It is clean and quiet.',
    );
    expect(read).not.toContain('the entry');
  });

  it('still reads an ease told of one thing (near miss)', () => {
    expect(subjects('The hotel has easy parking and is close to everything.')).toContain('the parking');
  });
});
