import { describe, expect, it } from 'vitest';
import { named, replyTo } from './device-helpers.ts';

// A reply that names nothing of the review: the stock regrets a plain fault should never get.
const NAMES_NOTHING =
  /the way things turned out|you expected better of us|left you so frustrated|letting you down|fell short of what you expected|did not work for you/;

describe('a plain fault is named rather than met with a stock regret', () => {
  it('names pictures that came out badly', () => {
    const reply = replyTo('Worst camera I have owned. The pictures come out horrible! What a waste.');
    expect(reply).toMatch(/pictures came out so poorly/);
    expect(reply).not.toMatch(NAMES_NOTHING);
  });

  it('does not name pictures the reviewer says never came out badly', () => {
    expect(named('The pictures never came out blurry, but the strap snapped.')).not.toContainEqual(
      expect.stringMatching(/pictures/),
    );
  });

  it('names lines across every scan', () => {
    const reply = replyTo(
      'After a few hundred slides I began to get three dark lines across the image on every scan.',
    );
    expect(reply).toMatch(/lines kept showing up across the image/);
  });

  it('leaves a single streak to the reviewer’s own words', () => {
    expect(named('There was always a white streak across the screen bottom.')).not.toContainEqual(
      expect.stringMatching(/lines kept/),
    );
  });

  it('names a gel pad that started to ooze', () => {
    const reply = replyTo(
      'Within two weeks the gel started to ooze from the seams of the wrist pad.',
      null,
      2,
    );
    expect(reply).toMatch(/gel started leaking out/);
  });

  it('names a headphone socket that gave trouble', () => {
    const reply = replyTo(
      'I have had the audio jack issue for months and cannot take the player anywhere now.',
    );
    expect(reply).toMatch(/audio jack gave you so much trouble/);
  });

  it('names a webcam the reviewer was not able to get working', () => {
    const reply = replyTo('I was NOT able to get it working. Very disappointed.');
    expect(reply).toMatch(
      /could not get it to work|never got it working|it would not work properly|never worked as it should|getting it to work properly proved impossible/,
    );
    expect(reply).not.toMatch(NAMES_NOTHING);
  });

  it('does not say it never worked when the reviewer got it working in the end', () => {
    expect(
      named('I was not able to get it working until I updated the driver, and now the sound is thin.'),
    ).not.toContainEqual(
      expect.stringMatching(
        /could not get it to work|never got it working|would not work properly|never worked as it should|proved impossible/,
      ),
    );
  });
});
