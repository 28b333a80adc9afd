import { describe, expect, it } from 'vitest';
import { named, replyTo } from './device-helpers.ts';

describe('many of a pack that failed', () => {
  it('names the share of the pack that failed rather than the build quality', () => {
    const reply = replyTo(
      'Cheap blanks and it shows. Out of the 50 discs, at least 12 of them failed halfway through the burn.',
      'Some of them dont work',
    );
    expect(reply).toMatch(/so many of them failed|so many in the pack failed/);
  });

  it('does not read a count of those that worked as a failure', () => {
    expect(
      named('Out of the ten batteries, six of them worked fine and the rest lasted a day.'),
    ).not.toContainEqual(expect.stringMatching(/so many of them failed/));
  });
});

describe('a listing that said it worked on a Mac', () => {
  it('names the promise of the description when the next sentence denies it', () => {
    const reply = replyTo(
      'The description indicates that it works on a Mac. But it does not, so I had to copy everything over from a PC.',
      null,
      2,
    );
    expect(reply).toMatch(/with a Mac/);
    expect(reply).not.toMatch(/did not work for you|would not work properly for you/);
  });

  it('does not say so where it worked on the Mac as described', () => {
    expect(
      named('The description indicates that it works on a Mac, and it does. The cable is too short though.'),
    ).not.toContainEqual(expect.stringMatching(/Mac/));
  });
});

describe('an accessory for an older generation', () => {
  it('names a generation it was not made for', () => {
    expect(named('Be warned, this dock is not compatible with the 2nd generation nano.')[0]).toBe(
      'it would not work with the newer model',
    );
  });

  it('does not name a generation it worked with', () => {
    expect(named('It is compatible with the 2nd generation nano, but the sound is thin.')).not.toContainEqual(
      expect.stringMatching(/newer model/),
    );
  });
});
