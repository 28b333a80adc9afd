import { describe, expect, it } from 'vitest';
import { named, replyTo } from './device-helpers.ts';

describe('a part that will not stay shut or in place', () => {
  it('names a battery door that keeps falling open', () => {
    const reply = replyTo(
      'This radio is badly built. Every time I pick it up the little battery door falls open and the batteries drop out. I now keep it shut with tape.',
    );
    expect(reply).toMatch(/battery door kept falling open/);
  });

  it('names a screen cover that falls out, not the cover beside it', () => {
    const reply = replyTo(
      'Worst case I have owned. The wheel cover is awkward and the screen cover falls out all too easily.',
      null,
      2,
    );
    expect(reply).toMatch(/the screen cover fell out so easily/);
  });

  it('does not blame the door for batteries that fell out when the door merely opened', () => {
    expect(named('When you put it down the door opens and the batteries fall out.')).not.toContainEqual(
      expect.stringMatching(/door/),
    );
  });

  it('does not name a cover the reviewer says never comes off', () => {
    expect(named('The back cover never comes off, even when I drop it.')).not.toContainEqual(
      expect.stringMatching(/cover/),
    );
  });
});

describe('a connection or signal that would not hold', () => {
  it('names constant connection drops rather than a silence on the maker forum', () => {
    const reply = replyTo(
      'Search the maker forum for the thread about this router, four pages with no reply from their support. I returned it after two days of constant connection drops.',
    );
    expect(reply).toMatch(/dropping the connection|connection kept dropping/);
    expect(reply).not.toMatch(/keep you properly informed|communication/);
  });

  it('leaves a router that never dropped its connection alone', () => {
    expect(named('Set up took an hour but it has never dropped the connection once.')).not.toContainEqual(
      expect.stringMatching(/connection/),
    );
  });

  it('names an antenna too weak to pull a signal in, not the insult in the title', () => {
    const reply = replyTo(
      'Cheap piece of junk. It might work if you live next to the transmitter, otherwise it is just too weak in its signal pulling ability. I am taking the antenna back.',
      'Cheap junk',
    );
    expect(reply).toMatch(/too weak/);
    expect(reply).not.toMatch(/junk/i);
  });

  it('does not name a weak signal that the antenna cured', () => {
    expect(
      named('The old antenna gave a weak signal. This one is not weak at all, but the stand broke.'),
    ).not.toContainEqual(expect.stringMatching(/too weak/));
  });
});

describe('a computer brought down or a version named', () => {
  it('names the blue-screen crashes or the version, never Windows as a whole', () => {
    const reply = replyTo(
      'It ran fine on my Windows 98 desktop. On my new Windows 2000 laptop it gave me blue screen crashes again and again and I lost data.',
      'Not compatible with Windows 2000',
    );
    expect(reply).toMatch(/blue screen|Windows 2000/);
    expect(reply).not.toMatch(/would not work with Windows\b(?! 2000)/);
  });

  it('names blue-screen crashes told with no version', () => {
    expect(named('Once the drivers were in, my laptop got the blue screen of death every day.')[0]).toMatch(
      /blue screen/,
    );
  });

  it('names the version of Windows where another version ran it', () => {
    expect(
      named('It ran well on Windows 98. Sadly it is not compatible with Windows 2000 at all.'),
    ).toContain('it would not work with Windows 2000');
  });

  it('still says Windows alone where no version is given', () => {
    expect(named('It will not work with Windows, only with a Mac.')).toContain(
      'it would not work with Windows',
    );
  });
});

describe('printing, software and several units', () => {
  it('names inserts that do not line up with the printing', () => {
    const reply = replyTo(
      'The inserts and the software do not align and are a few centimetres off on the lower half of the page when you print.',
      null,
      2,
    );
    expect(reply).toMatch(/inserts would not line up/);
  });

  it('does not name labels that lined up fine', () => {
    expect(named('The labels line up well when printed, but the glue is weak.')).not.toContainEqual(
      expect.stringMatching(/line up/),
    );
  });

  it('names software that did not match the instructions and the laptop it would not work with', () => {
    const reply = replyTo(
      'The software it comes with is different than the instructions given. I have yet to get it to work with my laptop.',
    );
    expect(reply).toMatch(/software (?:did not match|was not what) the instructions/);
    expect(reply).toMatch(/getting it to work with your laptop proved impossible/);
    expect(reply).not.toMatch(/you could not get it/);
    expect(reply).not.toMatch(/description/);
  });

  it('names every one of several players that died, not one', () => {
    const reply = replyTo(
      'We bought three of these players. All three of ours just froze up and stopped working within a year.',
    );
    expect(reply).toMatch(/all three of them stopped working/);
  });

  it('does not count a single player as several', () => {
    expect(named('All three of my kids liked it, but mine froze up after a month.')).not.toContainEqual(
      expect.stringMatching(/all three/),
    );
  });
});
