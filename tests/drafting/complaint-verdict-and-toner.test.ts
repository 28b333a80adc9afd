import { nameComplaints } from '@rebound/server/drafting/name-complaint';
import { describe, expect, it } from 'vitest';
import { named, replyTo, storedDeviceReply } from './device-helpers.ts';

// A verdict ("poor quality") is no fault of its own: the fault the reviewer describes is what a reply names. A laser
// printer's troubles are told in its own words: toner, leaking cartridges, streaks.

const BUILD = /did not feel well made|build quality disappointed|did not seem solidly made/;

describe('"poor quality" beside a fault the reviewer describes', () => {
  it('names the fault first', () => {
    const text =
      'Surprisingly poor quality for a phone of this make. Volume is very low, hard to hear the caller.';
    expect(named(text)[0]).toMatch(/sound|sounded|volume/);
    expect(replyTo(text)).not.toMatch(BUILD);
  });

  it('still leads with the quality where the reviewer keeps coming back to it (near miss)', () => {
    const text = 'Poor quality all round. The quality is poor and it shows. Volume is very low.';
    expect(named(text, 'Poor quality')[0]).toMatch(BUILD);
  });

  it('still names a build the reviewer describes as flimsy (near miss)', () => {
    expect(named('The case is flimsy and the hinge wobbles.')[0]).toMatch(BUILD);
  });
});

describe("a laser printer's troubles", () => {
  const printer =
    'We have had this printer at the office for two years. Magenta cartridges spew toner everywhere. Cyan cartridges ' +
    'streak. Unacceptable considering toner and printer costs.';

  it('are its leaking cartridges and its toner, never "the ink"', () => {
    expect(named(printer)[0]).toBe('the cartridges leaked');
    const reply = replyTo(printer, 'Total garbage');
    expect(reply).toMatch(/cartridges (?:kept )?leak/);
    expect(reply).not.toMatch(/\bink\b/);
  });

  it('tells streaked prints as such', () => {
    expect(named('Every page comes out streaky from the black cartridge.')).toContain(
      'the prints came out streaked',
    );
  });

  it("still tells toner that spoils the pages, and an inkjet's ink cost, as before (near misses)", () => {
    expect(
      named(
        'Powder from the toner cartridges gets all over the inside and ruins every page that is printed.',
      )[0],
    ).toBe('loose toner spoiled the pages it printed');
    expect(named('The ink costs a fortune.')).toContain('the ink costs so much');
  });
});

describe('the errand after a message', () => {
  // Stored reviews whose replies promised "I will listen to the whole story within one day".
  const replies = [storedDeviceReply(11), storedDeviceReply(362), storedDeviceReply(938)];

  it('promises a reply to talk it through, not to listen to the whole story', () => {
    for (const reply of replies) expect(reply).not.toMatch(/whole story/);
    expect(replies.some((r) => /so we can talk it through/.test(r))).toBe(true);
  });

  it('still says when (near miss)', () => {
    for (const reply of replies)
      expect(reply).toMatch(
        /\b(?:within|inside) (?:a |one |a single |one working |a working )?(?:day|twenty-four hours)\b/,
      );
  });
});

describe('food that tasted of old oil', () => {
  it('tells what was bought or served as tasting of old oil', () => {
    const text =
      'The selection of doughnuts was dismal and the few we did purchase were heavy and tasted like they had been fried in old oil.';
    expect(nameComplaints(text, 'retail').map((n) => n.clause)).toContain(
      'what you bought tasted as if it had been fried in old oil',
    );
    expect(nameComplaints(text, 'food_hospitality').map((n) => n.clause)).toContain(
      'what you were served tasted as if it had been fried in old oil',
    );
  });

  it('does not read oil the reviewer praised (near miss)', () => {
    expect(
      nameComplaints('Fried in fresh oil and lovely and light.', 'retail').map((n) => n.clause),
    ).not.toContain('what you bought tasted as if it had been fried in old oil');
  });
});

describe('a unit sent back to its maker for another replacement', () => {
  const text =
    'They worked for about seven minutes, then the power cut off. Logitech sent me a replacement, same thing happened. ' +
    'Sent it back to Logitech on my nickel, got another replacement from the same run. Same problem. I am giving up.';

  it('is no return to us whose refund the reply chases', () => {
    const reply = replyTo(text, 'Worked for seven minutes, then quit');
    expect(reply).not.toMatch(/returning it to us|refund for your return|goods you (?:sent back|returned)/i);
    expect(reply).toMatch(/\brefund\b/);
  });

  it('still chases the refund for goods sent back to us (near miss)', () => {
    const reply = replyTo(
      'It stopped working after a week. I sent it back to you a month ago and have heard nothing since.',
      'Dead in a week',
    );
    expect(reply).toMatch(
      /refund for your return|your return|goods you (?:sent back|returned)|what you sent back/i,
    );
  });
});
