import { describe, expect, it } from 'vitest';
import { named, replyTo } from './device-helpers.ts';

describe('what would not recognise it, named', () => {
  it('names the computer that failed to detect a card reader', () => {
    const reply = replyTo('It lights up, but the computer fails to detect it. I tried it on three machines.');
    expect(reply).toMatch(/your computer would not recognise it/);
    expect(reply).not.toMatch(/your devices/);
  });

  it('names the card reader that would not see a card', () => {
    expect(named('After two uses this card can not be recognized by any of my card readers.')[0]).toBe(
      'your card reader would not recognise it',
    );
  });

  it('names a PC as the reviewer spells it', () => {
    expect(named('Even with the new driver the stick is still not recognized by my PC.')[0]).toBe(
      'your PC would not recognise it',
    );
  });

  it('does not name a computer that recognised it fine', () => {
    expect(named('My computer recognized it fine, but it lost half my files.')).not.toContainEqual(
      expect.stringMatching(/would not recognise/),
    );
  });
});

describe('a map without the newer roads', () => {
  it('names roads the map did not have, not a device that would not recognise it', () => {
    const reply = replyTo(
      'It got me lost on a long drive. Several newly built highways were not recognized, and it was slow to find satellites.',
      null,
      2,
    );
    expect(reply).toMatch(/maps did not have the newer roads/);
    expect(reply).not.toMatch(/devices would not recognise/);
  });

  it('does not name roads that were on the map', () => {
    expect(named('The new roads near me were all there, but the screen is too dim.')).not.toContainEqual(
      expect.stringMatching(/newer roads/),
    );
  });
});

describe('one version of Windows', () => {
  it('says the reviewer’s version of Windows, not Windows as a whole', () => {
    const reply = replyTo(
      'This drive does not work with Windows 98SE, though the box says a driver can be downloaded.',
    );
    expect(reply).toMatch(/your version of Windows/);
    expect(reply).not.toMatch(/would not work with Windows\b/);
  });

  it('does not say Windows failed where the version worked', () => {
    expect(
      named('It works with Windows XP without trouble, but the cap keeps falling off.'),
    ).not.toContainEqual(expect.stringMatching(/Windows/));
  });
});

describe('a player that stopped seeing its discs', () => {
  it('does not tell a player that froze as one that would not recognise a disc of the reviewer', () => {
    expect(
      named('Playback froze, then the thing stopped recognizing that DVDs were in, and then it died.'),
    ).not.toContainEqual(expect.stringMatching(/recognise your/));
  });

  it('still names a device a dock would not recognise', () => {
    expect(named('The dock will not recognize my iPod at all.')).toContainEqual(
      expect.stringMatching(/recognise your iPod/),
    );
  });
});
