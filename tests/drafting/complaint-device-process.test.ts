import { describe, expect, it } from 'vitest';
import { named, replyTo } from './device-helpers.ts';

describe('a helpline that was no help is named as a grievance of its own', () => {
  it('names support that was no use beside the fault', () => {
    const reply = replyTo(
      'The player froze every few minutes from the first day. Their tech support was useless and kept reading from a script.',
    );
    expect(reply).toMatch(/kept freezing|froze/);
    expect(reply).toMatch(
      /support you turned to did so little to help|getting help from support was such a struggle/,
    );
  });

  it('puts the helpline first where the title is about it', () => {
    expect(
      named('It stopped working after a week and the support line was no use.', 'Worst tech support ever')[0],
    ).toBe('the support you turned to did so little to help');
  });

  it('names a title that says there was no real support', () => {
    expect(
      named(
        'The amp went out after eleven months. I called their technical support and the part is backordered.',
        'Piece of junk without real support',
      ),
    ).toContain('the support you turned to did so little to help');
  });

  it('names help asked for and never answered', () => {
    expect(
      named(
        'The screen went dark after a month. I emailed their support three times and never got a response.',
      ),
    ).toContain('your requests for help went unanswered');
  });

  it('does not name support the reviewer praised, only heard of, or a system a program runs on', () => {
    for (const text of [
      'It broke in a week, but their customer service is top notch and sent a new one.',
      'The flap about poor customer service is enough to give me pause. The zip broke on day two.',
      'There is no support for Windows Vista, so it would not install.',
      'There is no response at all when I press the buttons.',
      'Worst customer service of any grocery store I have been in. I will drive ten miles to avoid it.',
      'Tried to support a local business, but the customer service here is poor.',
    ]) {
      expect(named(text)).not.toContainEqual(expect.stringMatching(/support|help/));
    }
  });
});

describe('a repair refused over damage the repairer claimed', () => {
  it('names the refusal rather than the fault alone', () => {
    const reply = replyTo(
      'After five months it stopped charging. The repair centre said it had "water damage" and would not repair it under the warranty, though it had never been near water.',
    );
    expect(reply).toMatch(/repair was turned down on a claim of water damage/);
  });

  it('does not name damage the reviewer says there is none of', () => {
    expect(
      named('The left earbud stopped working. There is no physical damage anywhere on the cable.'),
    ).not.toContainEqual(expect.stringMatching(/damage/));
  });
});

describe('goods locked to one region', () => {
  it('names a player that will not play discs from other regions', () => {
    const reply = replyTo(
      'Nice player, but it does not play DVDs from other regions. Useless for my collection.',
    );
    expect(reply).toMatch(/would not play discs from other regions/);
    expect(reply).not.toMatch(/player does not play\b/);
  });

  it('names printer cartridges locked to the region they were sold in', () => {
    expect(
      named(
        'The maker has brought in regional coding, so printer cartridges from one region cannot be used in another. I bought three abroad and could not use them.',
      )[0],
    ).toBe('cartridges bought in another region would not work in your printer');
  });

  it('does not name a region the reviewer had no trouble with', () => {
    expect(named('It plays my region 1 DVDs fine, but the remote broke in a week.')).not.toContainEqual(
      expect.stringMatching(/region/),
    );
  });
});

describe("what the reviewer could not get it to do is told as the thing's failing, never theirs", () => {
  it('says it would not retract, not that the reviewer could not get it to', () => {
    const reply = replyTo(
      'I can not get it to retract any longer and that was only after 3 uses!',
      'Does not retract',
    );
    expect(reply).toMatch(/it would not retract any longer/);
    expect(reply).not.toMatch(/you could not get it/);
  });

  it('says it would not even turn on', () => {
    const reply = replyTo(
      'Almost $300 and several months later, I am unable to get this thing to even turn on.',
    );
    expect(reply).not.toMatch(/you could not get it/);
    expect(reply).toMatch(/would not even turn on/);
  });

  it('says it would not connect, not that the reviewer never got it to', () => {
    const reply = replyTo('I could not even get this thing to connect wirelessly. Back it goes.');
    expect(reply).not.toMatch(/you could not get it|you never got it/);
  });
});

describe('a word the reviewer used that is no part of the goods is never told as what failed', () => {
  it('does not say the responsibility did not work', () => {
    const reply = replyTo(
      'It did not work at all and the shop would not take it back, saying it was my responsibility that it did not work. I would never buy this again.',
    );
    expect(reply).not.toMatch(/the responsibility/);
  });

  it('does not say the combination did not work', () => {
    const reply = replyTo(
      'I locked my laptop with it and then could not unlock it. It got messed up and the combination did not work. I had to cut it off.',
    );
    expect(reply).not.toMatch(/the combination did not work/);
  });

  it('still names a part of the goods that did not work', () => {
    const reply = replyTo('Got it home and the backlight does not work. Very poor.');
    expect(reply).toMatch(/the backlight does not work/);
  });
});

describe('money for goods sent back that never came', () => {
  it('names the refund still owed beside the fault', () => {
    const reply = replyTo(
      'It would only load five songs and never worked. I sent it back and asked for a refund. Six weeks on I have yet to get my $120 back.',
    );
    expect(reply).toMatch(/your refund still has not reached you|still waiting for your money back/);
  });

  it('does not name a refund the reviewer had back', () => {
    expect(
      named('It never worked, so I sent it back and got my money back within a week. Disappointing.'),
    ).not.toContainEqual(expect.stringMatching(/refund|money back/));
  });
});

describe('reception the reviewer could not get', () => {
  it('names the reception rather than the listing alone', () => {
    expect(named("I can't get good reception at any range. Have to keep moving it around.")).toContain(
      'the reception was so poor',
    );
  });

  it('does not name reception the reviewer got without trouble', () => {
    expect(named('I get good reception all over the house, but the remote broke.')).not.toContain(
      'the reception was so poor',
    );
  });
});

describe('openings cut in the wrong place', () => {
  it('names openings that miss the controls rather than a part called satisfactory', () => {
    const reply = replyTo(
      'The silicone is nice. The opening for the hold switch was cut wrong and does not line up with the switch at all. The armband is satisfactory at best.',
      'Okay, I guess',
      2,
    );
    expect(reply).toMatch(/openings (?:were not cut where they should be|did not line up)/);
    expect(reply).not.toMatch(/armband/);
  });

  it('does not name openings the reviewer says line up', () => {
    expect(
      named(
        'The holes for the ports line up perfectly and the case feels great, but the clip broke in a week.',
      ),
    ).not.toContainEqual(expect.stringMatching(/openings/));
  });
});

describe('a clause that says only that the thing would not do what it is named for', () => {
  it('gives way to what the reviewer said was wrong with it', () => {
    const reply = replyTo(
      'The player does not play. It does not play DVDs from other regions, which is all I bought it for.',
    );
    expect(reply).toMatch(/would not play discs from other regions/);
    expect(reply).not.toMatch(/player does not play\b/);
  });

  it('keeps a part named with what it would not do', () => {
    expect(replyTo('The battery does not charge. Bought it last week.')).toMatch(
      /the battery does not charge/,
    );
  });
});
