import { composeDraft } from '@rebound/server/drafting/index';
import { nameComplaints } from '@rebound/server/drafting/name-complaint';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { named, replyTo } from './device-helpers.ts';
import { judged } from './remedy-helpers.ts';

type Group = Parameters<typeof nameComplaints>[1];
const namedFor = (text: string, group: Group): string[] => nameComplaints(text, group).map((n) => n.clause);

/** The reply a business drafts for a low-rated review, signature left off. */
function replyFor(profileName: string, text: string, rating = 2): string {
  const profile = judged(profileName);
  const review = { author: null, rating, text, title: null };
  const triage = triageReview(review, { sectorGroup: sectorGroupOf(profile.sector) });
  const reply = composeDraft(review, triage, profile, { recent: [] }).text;
  return reply.slice(0, reply.lastIndexOf('\n— '));
}

describe('a product fault named as the reviewer timed or described it', () => {
  it('names the slow channel change rather than calling the whole set slow to use', () => {
    const text =
      'The picture was fine. What bothered me was the time it took to change channels, nearly three seconds every time.';
    expect(named(text)[0]).toBe('it was so slow to change channels');
    // Slow at large, with nothing timed, is still told as slow to use.
    expect(named('It takes forever to load a menu.')[0]).toBe('it was so slow to use');
  });

  it('names file formats the player will not play', () => {
    const text =
      'Everyone knows these players sell well, but it does not support avi or divx, which is how most of my videos come.';
    expect(named(text)).toContain('it will not play the file formats you need');
    expect(named('The player does not support the headphones I already own.')).not.toContain(
      'it will not play the file formats you need',
    );
  });

  it('names a part that has to be bought at extra cost, and supplies wasted on each use', () => {
    const text =
      'The manual says only their own charger may be used. The charger itself costs an additional 25 dollars. A full inch of tape is wasted on every label it prints.';
    expect(named(text)).toEqual(
      expect.arrayContaining([
        'you have to pay extra for the charger',
        'so much tape goes to waste each time',
      ]),
    );
    expect(named('The charger costs 25 dollars and works well. Hardly any tape is wasted.')).toEqual([]);
  });

  it('names a device the computer never found', () => {
    const text =
      'The setup ran to the end. Then the program said there was no printer attached, though the cable was plugged in.';
    expect(named(text)[0]).toBe('your computer never found the printer');
    expect(named('There was no printer cable in the box, so I used my own.')).not.toContain(
      'your computer never found the printer',
    );
  });

  it('does not read a web site that crashed as the goods freezing', () => {
    expect(named('I went to the maker’s web site for the update and the site crashed twice.')).not.toContain(
      'it kept freezing on you',
    );
    expect(named('The camera crashed twice during a video call.')).toContain('it kept freezing on you');
  });

  it('names a router that would not stay connected', () => {
    expect(named('It does not stay connected for more than an hour at a time.')).toContain(
      'it kept dropping the connection',
    );
    expect(named('It stays connected all day without a hitch.')).not.toContain(
      'it kept dropping the connection',
    );
  });

  it('does not take the old one that died, which the goods replaced, as the goods failing', () => {
    const text =
      'I bought this router last spring when my ten-year-old, very reliable router died. The settings were lost twice since then.';
    expect(named(text)).not.toContain('it stopped working so soon');
    expect(named('I bought this router last spring. It died after two weeks.')).toContain(
      'it stopped working so soon',
    );
  });

  it('tells a fault back without a "still" that points back to nothing', () => {
    expect(named('It looks nice, but it still has tracking problems, as cheap players tend to.')[0]).toMatch(
      /^it has tracking problems/,
    );
    // After a repair, the "still" is the grievance.
    expect(named('I had it repaired in May. It still has tracking problems.')[0]).toBe(
      'it still has tracking problems',
    );
  });

  it('never apologises for how many minutes a setup step took', () => {
    const text =
      'The software took about 10 minutes, which I thought was odd. Then the program said there was no camera attached. I tried three ports and spent two hours on it.';
    const reply = replyTo(text);
    expect(reply).not.toMatch(/took about 10 minutes/);
    expect(reply).toMatch(/never found the camera/);
    // A meal that took 40 minutes is a wait the reviewer complains of.
    expect(
      replyFor('shop', 'People who came in after us were served first, and the food took 40 minutes.'),
    ).toMatch(/40 minutes|wait/);
  });
});

describe('a local grievance named as the reviewer told it', () => {
  it('names the botched cut on the reviewer’s son above the salon’s decor', () => {
    const text =
      'I brought my son in for a haircut. The sofa had holes in it and there were ants on the floor. The barber clearly had no idea what he was doing with the clippers. I paid and left.';
    expect(namedFor(text, 'health')[0]).toBe('your son’s haircut was handled so badly'.replace('’', "'"));
    expect(
      namedFor('The receptionist had no idea what she was doing with the booking system.', 'health'),
    ).not.toContain('your haircut was handled so badly');
  });

  it('names a charge with no policy ever sent', () => {
    expect(named('I have been charged, but I never received a copy of the policy.')[0]).toBe(
      'you were charged and never received the policy',
    );
    expect(named('I was charged and the policy arrived the next day.')).not.toContain(
      'you were charged and never received the policy',
    );
  });

  it('names a dish served unlike the menu, waved off as the menu’s error', () => {
    const text =
      'The place looks fancy. The food was plain. My husband ordered the omelette with poached eggs, and when it came the eggs were fried, and the server told him the menu was a typo.';
    expect(namedFor(text, 'food_hospitality')[0]).toBe('what came was not what the menu described');
    expect(namedFor('The server told us the menu was new this week.', 'food_hospitality')).not.toContain(
      'what came was not what the menu described',
    );
  });

  it('names a wait told as the hours before the table was ready', () => {
    const text =
      'We were told the wait would be an hour. We were seated 1 hour and 20 minutes later. Then we waited close to an hour for the food.';
    expect(nameComplaints(text, 'food_hospitality')[0]?.topic).toBe('wait');
    expect(nameComplaints(text, 'food_hospitality')[0]?.score).toBeGreaterThanOrEqual(2);
    expect(namedFor('We were seated 10 minutes later and the food was lovely.', 'food_hospitality')).toEqual(
      [],
    );
  });
});
