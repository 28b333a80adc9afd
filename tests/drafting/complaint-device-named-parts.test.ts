import { describe, expect, it } from 'vitest';
import { named, replyTo } from './device-helpers.ts';

describe('a headphone socket that worked loose', () => {
  it('names the loose jack rather than a bare failure', () => {
    const reply = replyTo(
      'Bought two of these radios and on both the headphone jack became loose within weeks, so the sound cuts in and out.',
    );
    expect(reply).toMatch(/the jack worked loose/);
  });

  it('does not name a jack the reviewer says never came loose', () => {
    expect(
      named('The headphone jack never became loose, but the tuner drifts off the station.'),
    ).not.toContainEqual(expect.stringMatching(/jack worked loose/));
  });
});

describe('a device too weak to do its job', () => {
  it('names a vacuum with too little power', () => {
    const reply = replyTo(
      'I wanted a little vacuum for the keyboard. It has so little power, even fully charged, that it barely lifts the crumbs.',
    );
    expect(reply).toMatch(/so little power|so underpowered/);
  });

  it('does not lead with a volume only a bit underpowered', () => {
    expect(
      named('The satellites hiss with static all the time. The volume is a bit underpowered.'),
    ).not.toContainEqual(expect.stringMatching(/little power|underpowered/));
  });

  it('does not read too few power outlets as a weak device', () => {
    expect(named('There are not enough power outlets on this strip for my desk.')).not.toContainEqual(
      expect.stringMatching(/little power|underpowered/),
    );
  });
});

describe('a microphone that took in the noise around it', () => {
  it('names background noise it picked up', () => {
    const reply = replyTo(
      'The recorder picks up all the background noise in the room, so my lectures are hard to make out.',
      null,
      2,
    );
    expect(reply).toMatch(/picked up so much of the noise around you|so much of the sound around you/);
  });

  it('does not name a headset praised for leaving the noise out', () => {
    expect(named('It does not pick up background noise, but the band snapped in a week.')).not.toContainEqual(
      expect.stringMatching(/noise around you/),
    );
  });
});

describe('storage media with bad sectors', () => {
  it('tells bad sectors as what they are, never as failed recording or playback', () => {
    const reply = replyTo(
      'I made a set of setup floppies from this pack. The second time I used them I got a cannot read from drive error, and a scan found bad sectors on nearly every disk.',
    );
    expect(reply).toMatch(/bad sectors/);
    expect(reply).not.toMatch(/record|playback|would not play/);
  });

  it('still names a player that would not play discs', () => {
    expect(named('The player would not play any of my discs after a week.').join(' ')).not.toMatch(
      /bad sectors|read errors/,
    );
  });
});

describe('an accessory made only for an older model', () => {
  it('names the newer model it would not work with', () => {
    const reply = replyTo(
      'This dock is not compatible with the new nano, which is a little wider than the old one and will not go in. Nothing on the page said so.',
    );
    expect(reply).toMatch(/newer model/);
    expect(reply).not.toMatch(/never worked as it should|would not work properly for you/);
  });

  it('does not name a newer model where the reviewer only compares with one', () => {
    expect(named('The new model is nicer, but this one would not charge at all.')).not.toContainEqual(
      expect.stringMatching(/newer model/),
    );
  });
});

describe('a part that wore out', () => {
  it('names the adapter that wore out, the replacement too', () => {
    const reply = replyTo(
      'The car adapter is poorly made: the first one worn out within a year, I bought another adapter and worn out in six months.',
    );
    expect(reply).toMatch(/the adapter wore out so quickly/);
  });

  it('does not read the reviewer worn out by a cable as the cable wearing out', () => {
    expect(
      named('The cable was so short that I was worn out from bending down to plug it in.'),
    ).not.toContainEqual(expect.stringMatching(/wore out/));
  });
});

describe('initials written in lower case', () => {
  it('tells back an lcd display as an LCD display', () => {
    const reply = replyTo(
      'I moved the phone to another desk and the lcd display broke after 2 months.',
      null,
      1,
    );
    expect(reply).not.toMatch(/\blcd\b/);
  });

  it('tells back an sd card as an SD card', () => {
    const reply = replyTo('The sd card never work properly, my camera never detects it.', null, 1);
    expect(reply).not.toMatch(/\bsd card\b/);
  });
});
