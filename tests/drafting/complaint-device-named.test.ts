import { describe, expect, it } from 'vitest';
import { named, replyTo } from './device-helpers.ts';

describe('a product that is still too much at its lowest setting', () => {
  it('names a display still too bright on its lowest setting', () => {
    const reply = replyTo(
      'The clock keeps good time, but the blue display is blinding. Even on the lowest setting it lights up the whole bedroom.',
    );
    expect(reply).toMatch(/too bright even on its lowest setting|lowest setting was far too bright/);
  });

  it('does not call a display too bright when the reviewer found it too dim', () => {
    expect(
      named(
        'On the lowest setting the display is too dim to read in daylight, and it is never bright enough.',
      ),
    ).not.toContain('it was still too bright even on its lowest setting');
  });

  it('names a speaker still too loud at its lowest volume', () => {
    const reply = replyTo(
      'I wanted it for my desk at work. At the lowest volume it is not very quiet, so I would annoy everyone around me.',
    );
    expect(reply).toMatch(/too loud even at the lowest volume|lowest volume was too loud/);
  });

  it('does not call a speaker too loud when its lowest volume is praised', () => {
    expect(
      named('At the lowest volume it is nice and soft, but the bass rattles the cabinet at higher levels.'),
    ).not.toContain('it was still too loud even at the lowest volume');
  });

  it('names a ringer too quiet even at full volume', () => {
    const reply = replyTo('Even at maximum volume I can barely hear the ringer from the next room.');
    expect(reply).toMatch(/too quiet even at full volume|all the way up it was too quiet/);
  });
});

describe('what went wrong with the sound, named', () => {
  it('names static rather than poor sound in general', () => {
    const reply = replyTo(
      'Every station I tried was full of static, and under power lines the music disappears entirely.',
    );
    expect(reply).toMatch(/static/);
  });

  it('names static where no channel was free of it', () => {
    expect(named('I could not find a single channel free of static anywhere in town.')[0]).toBe(
      'there was so much static',
    );
  });

  it('never tells of static the reviewer says there was none of', () => {
    expect(
      named('There is no line noise, static, popping or hiss. The cable is far too short, though.'),
    ).not.toContain('there was so much static');
  });

  it('never makes slight static into so much of it', () => {
    expect(named('There is some slight static now and then, and the buttons feel cheap.')).not.toContain(
      'there was so much static',
    );
  });

  it('names the clarity taken out of the sound', () => {
    const reply = replyTo(
      'They sit deep and comfortably in the ear, but they ruin the sound. They take the clarity out of the music.',
    );
    expect(reply).toMatch(/clarity/);
  });

  it('does not read a worry about muffled sound as lost clarity', () => {
    expect(
      named('My old phone had muffled sound, and this one does not cause diminished sound quality.'),
    ).not.toContain('the sound lost so much of its clarity');
  });
});

describe('discs and recordings', () => {
  it('names discs that still skip over a fault that was not fixed', () => {
    const reply = replyTo(
      'I ran the cleaning disc twice, but it did not fix the problem: my CDs are still skipping on every album.',
    );
    expect(reply).toMatch(/discs were still skipping|discs still skipped/);
  });

  it('does not name skipping that the reviewer says eased', () => {
    expect(
      named('After cleaning, the CDs were not skipping as much, but the tray still sticks.'),
    ).not.toContain('the discs were still skipping');
  });

  it('names recordings that would not take', () => {
    const reply = replyTo(
      'Most of the time it gave up halfway through a song.',
      'Was not able to record anything longer than a minute',
    );
    expect(reply).toMatch(/record/);
  });

  it('does not read a hope to record as a failure to', () => {
    expect(
      named('I would hate to own a recorder and not be able to record my lectures, so I bought this one.'),
    ).not.toContain('it would not record properly');
  });

  it('names burned discs that fail on playback once, not as errors as well', () => {
    const reply = replyTo(
      'The discs I burned at top speed gave read errors and froze near the end of every film. At slower speeds they were fine.',
    );
    expect(reply).toMatch(/discs you burned (?:would not play back reliably|kept failing on playback)/);
    expect(reply).not.toMatch(/errors kept coming|kept showing errors|throwing up errors/);
  });
});

describe('reception', () => {
  it('names a GPS that loses the sky under trees and in valleys', () => {
    const reply = replyTo(
      'The GPS is fine in open country. Under the trees and in deep valleys it cannot keep a satellite fix. The battery life is poor too.',
    );
    expect(reply).toMatch(/satellite signal under trees or in valleys/);
  });

  it('does not read a place called a valley as a lost signal', () => {
    expect(
      named(
        'I kept getting lost around Silicon Valley, so I bought this GPS. The screen is too small to read and the mount fell off.',
      ).join(' '),
    ).not.toMatch(/satellite/);
  });

  it('names a radio that is hard to tune', () => {
    const reply = replyTo('The speaker is thin. Hard to find stations, very narrow band of reception.');
    expect(reply).toMatch(/hard to tune in stations/);
  });
});

describe('what it would not work with, and what its manual promised', () => {
  it('names iTunes for Windows from the title', () => {
    const reply = replyTo('Sent it straight back.', 'wont work with itunes for windows');
    expect(reply).toMatch(/would not work with iTunes for Windows/);
  });

  it('names the version of Windows it would not work with', () => {
    expect(named('This webcam does not work with Windows 2000, whatever the driver disc says.')[0]).toBe(
      'it would not work with your version of Windows',
    );
  });

  it('does not say it would not work with Windows when it does', () => {
    expect(named('It works with Windows just fine, but the picture is grainy.')).not.toContain(
      'it would not work with Windows',
    );
  });

  it('names a feature the manual promised that was not there', () => {
    const reply = replyTo(
      'The card connects, but there is no way to turn on the fast mode. The manual said it is available, but it was not.',
    );
    expect(reply).toMatch(/did not do what the manual said it would/);
  });

  it('does not read the manual telling what to do as a broken promise', () => {
    expect(
      named('The manual says to hold the button for five seconds, but when I do the screen freezes.'),
    ).not.toContain('it did not do what the manual said it would');
  });
});

describe('a noise, a dead part, a loose cable, a lock', () => {
  it('names a hum rather than a failure to work with the reviewer’s devices', () => {
    const reply = replyTo(
      'The amplifier has a strong hum on calls, and through the computer it sounds so poor that it does not work with my dictation software.',
    );
    expect(reply).toMatch(/hum/);
  });

  it('names a buzz on the line', () => {
    expect(named('There was a steady buzzing on the line whichever wall jack I used.')[0]).toBe(
      'it had such an annoying buzz',
    );
  });

  it('never names a hum the reviewer says there was none of, or a filter for one', () => {
    expect(named('There is no hum at all, but the remote stopped working in a week.').join(' ')).not.toMatch(
      /hum/,
    );
    expect(named('It badly needs a hum filter, and the knobs are stiff.').join(' ')).not.toMatch(/hum/);
  });

  it('names one of several inputs that went dead', () => {
    const reply = replyTo('A week after I installed it, one of the satellite inputs died. It also runs hot.');
    expect(reply).toMatch(/one of its inputs went dead/);
  });

  it('names a cord that keeps slipping out', () => {
    expect(named('The power cord comes out far too easily whenever the car hits a bump.')[0]).toBe(
      'the cord kept slipping out',
    );
  });

  it('does not read a cord that comes out of each earpiece as a loose one', () => {
    expect(
      named(
        'With a cord coming out of each earphone you are limited in how you wear them, and the bass is weak.',
      ),
    ).not.toContain('the cord kept slipping out');
  });

  it('names a lock that changed its own combination', () => {
    const reply = replyTo(
      'Left open overnight, the lock decided to change combinations by itself, and now it is locked shut on my laptop.',
    );
    expect(reply).toMatch(/lock changed its own combination/);
  });

  it('does not name a changed combination the reviewer never had', () => {
    expect(
      named(
        'I did not have the lock change its combination on me like others did, but the cable is too short.',
      ),
    ).not.toContain('the lock changed its own combination');
  });
});
