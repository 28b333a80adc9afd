import { describe, expect, it } from 'vitest';
import { named, replyTo } from './device-helpers.ts';

describe('blank discs that failed', () => {
  it('names discs that would not burn or play rather than a bare apology', () => {
    const reply = replyTo(
      'I bought a spindle of these blank discs for backups. I rarely get a decent burn with my drive. The ones that do burn stutter when I watch them.',
    );
    expect(reply).toMatch(/so many of the discs (?:failed on you|would not burn or play properly)/);
  });

  it('names a whole pack that messed up', () => {
    expect(named('I burned the new pack last week. All of the discs are messing up for me.')).toContain(
      'so many of the discs failed on you',
    );
  });

  it('does not read discs as failed in a review that never burned any', () => {
    expect(named('The player is fine but all of the discs are messing up the tray.')).not.toContain(
      'so many of the discs failed on you',
    );
  });
});

describe('a device that would not go or stay online', () => {
  it('names a router that would not connect to the internet', () => {
    const reply = replyTo(
      'I spent two hours on this and an hour with support. The thing still will not connect to the internet. The lights come on and my laptop finds the router.',
    );
    expect(reply).toMatch(/it would not connect to the internet/);
  });

  it('names a camera that would not stay on the wireless network', () => {
    expect(named('The camera will not stay up on the wireless network. Support was no help.')).toContain(
      'it would not stay connected to the wireless network',
    );
  });

  it('does not read a camera that would not stay connected to its software as a network fault', () => {
    expect(named('Later the camera would not stay connected to its software.')).not.toContainEqual(
      expect.stringMatching(/network/),
    );
  });
});

describe('faults of a part the reviewer names', () => {
  it('names a spacebar that sticks', () => {
    const reply = replyTo(
      'I would love this keyboard if not for the spacebar, which sticks very badly. It looks great on the desk.',
      null,
      2,
    );
    expect(reply).toMatch(/the spacebar kept sticking/);
  });

  it('does not read buttons that stick out as sticking', () => {
    expect(named('The buttons stick out too far and catch on my pocket.')).not.toContainEqual(
      expect.stringMatching(/sticking/),
    );
  });

  it('names a cord that would not wind back in', () => {
    const reply = replyTo(
      'This is my second one. Both worked once and then would not retract fully after that.',
    );
    expect(reply).toMatch(/the cord would not retract properly/);
  });

  it('names earbuds that would not stay in', () => {
    expect(
      named('The remote is fine. The earbuds stay in for a few seconds and then drop out when I walk.'),
    ).toContain('the earbuds would not stay in your ears');
  });

  it('names a webcam that would not focus', () => {
    expect(named('Adjusting the focus ring does not help at all.')).toContain(
      'the picture would not come into focus',
    );
  });

  it('names speakers that give off feedback', () => {
    expect(named('These speakers give off horrible feedback even with no phone nearby.')).toContain(
      'there was so much feedback',
    );
  });

  it('does not name noise in a webcam picture as noise on the line', () => {
    expect(named('There was a lot of noise in the picture from this camera.')).not.toContainEqual(
      expect.stringMatching(/so much noise/),
    );
  });
});

describe('a unit that cut out or gave out', () => {
  it('names a radio that shuts itself down', () => {
    const reply = replyTo(
      'I bought this adapter new. With my radio on the right setting, the radio works for about ten seconds, then shuts down.',
    );
    expect(reply).toMatch(/it kept shutting itself down/);
  });

  it('does not read a wish for a sleep timer as a unit shutting down', () => {
    expect(
      named('I want to listen to the radio at night and have it shut off in an hour. I cannot find how.'),
    ).not.toContain('it kept shutting itself down');
  });

  it('does not read the reviewer shutting down their computer as a fault', () => {
    expect(named('These units let you save your work and shut down when the power goes.')).not.toContain(
      'it kept shutting itself down',
    );
  });

  it('names a phone that only lasted a few months', () => {
    expect(named('It lasted 5 months. Nobody answers their help line.')).toContain(
      'it stopped working so soon',
    );
  });

  it('names a phone not holding its charge', () => {
    expect(named('Like others say, this phone keeps not holding the charge, and calls drop.')).toContain(
      'the battery would not hold its charge',
    );
  });

  it('names a plug that kept coming loose', () => {
    expect(named('The connection keeps coming loose and now it only works if you hold it.')).toContain(
      'the connection kept coming loose',
    );
  });
});

describe('a listing that told it wrong', () => {
  it('names an item not described correctly', () => {
    const reply = replyTo('This item is not described correctly. It does not fit my model at all.');
    expect(reply).toMatch(
      /not what the description led you to expect|did not match the way it was described|description did not match what you received/,
    );
  });

  it('does not lead with pictures called misleading among other faults', () => {
    expect(
      named('It does not stay charged for long. The pictures are misleading. It kept losing the address.')[0],
    ).toBe('the battery would not hold its charge');
  });
});

describe('a rebate claim turned down', () => {
  it('names a rebate claim that was rejected', () => {
    expect(
      named(
        'The mail-in rebate was the reason I bought it. They rejected my UPCs even though I kept copies.',
      ),
    ).toContain('your rebate claim was turned down');
  });

  it('does not read a rejected claim as a rebate where no rebate was offered', () => {
    expect(named('The insurer rejected my claim for the cracked screen.')).not.toContain(
      'your rebate claim was turned down',
    );
  });
});
