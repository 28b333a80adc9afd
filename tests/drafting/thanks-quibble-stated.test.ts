import { composeDraft, demoBusinessProfile } from '@rebound/server/drafting/index';
import { readQuibble } from '@rebound/server/drafting/read-quibble';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { replyTo } from './sample-drafts.ts';

/** The thank-you the workshop café's own profile drafts. */
const workshopReply = (text: string, rating: number, title: string): string => {
  const r = { author: null, rating, text, title };
  const triage = triageReview(r, { sectorGroup: sectorGroupOf(demoBusinessProfile.sector) });
  return composeDraft(r, triage, demoBusinessProfile, { recent: [] }).text;
};

describe('a wish for other opening hours is named as the change wished for', () => {
  it.each([
    [
      'Fair prices and a kind welcome. Only wish they opened earlier on Sundays.',
      'opening earlier on Sundays',
    ],
    ['Great coffee. I just wish they stayed open later on Fridays!', 'staying open later on Fridays'],
    ['Lovely brunch and kind staff. I wish they were open on Mondays.', 'opening on Mondays'],
    [
      'Superb bread. If only the bakery opened a little earlier, and the queue would be shorter.',
      'opening earlier',
    ],
  ])('%s', (text, noun) => {
    expect(readQuibble(text, null)).toMatchObject({ found: true, noun });
  });

  it.each([
    // A wish about the reviewer's own life, or one with no change of hours in it.
    'I wish I lived closer so I could come every week.',
    'I wish they opened a branch near my office.',
    'We wish they closed earlier, said nobody ever.',
  ])('not: %s', (text) => {
    const read = readQuibble(text, null);
    expect(read.found && read.noun ? read.noun : '').not.toMatch(/opening|open later/);
  });

  it('the reply says it back in one plain line', () => {
    const reply = workshopReply(
      'They fixed my gears and told me what the noise was. Honest shop. Only wish they opened earlier on Sundays.',
      4,
      'Straight talking',
    );
    expect(reply).toMatch(/opening earlier on Sundays/);
    expect(reply).not.toMatch(/sorry|refund|discount/i);
  });
});

describe('a plain fault closed by "though" is read as the quibble', () => {
  it.each([
    [
      'Friendly mechanic and good cakes. The wait for a repair slot is long though.',
      'the wait for a repair slot is long',
    ],
    ['Great tacos. The queue at lunch was really long, though.', 'the queue at lunch was long'],
  ])('%s', (text, clause) => {
    expect(readQuibble(text, null)).toMatchObject({ found: true, clause });
  });

  it('the workshop reply names the wait', () => {
    const reply = workshopReply(
      'Nice cinnamon buns and a helpful mechanic. The wait for a repair slot is long though.',
      4,
      'Cosy corner',
    );
    expect(reply).toMatch(/the wait for a repair slot/);
  });

  it.each([
    // The turn leads on to more, or the word is praise.
    'The wait was long though the staff kept us posted and brought coffee.',
    'The battery life is long, though I rarely run it down.',
    'The menu is short and sweet, though.',
  ])('not: %s', (text) => {
    const read = readQuibble(text, null);
    expect(read.found && read.clause ? read.clause : '').not.toMatch(/ (?:is|was) long$/);
  });
});

describe('a price above what the reviewer expected is the quibble', () => {
  it('is read and named', () => {
    const text =
      'The saddle fitting sorted out my sore back. A little more expensive than I expected, but the fitter took her time.';
    expect(readQuibble(text, null)).toMatchObject({ found: true });
    expect(workshopReply(text, 4, 'Worth it')).toMatch(/price/);
  });

  it('not when the price beat what they expected', () => {
    expect(readQuibble('The repair was cheaper than I expected and done by lunch.', null).found).toBe(false);
  });
});

describe('a cue-stated quibble whose words were lost is told', () => {
  it.each([
    [
      'Good night out. The only negative about our table was the very cold draft, but we moved.',
      'the cold draft',
    ],
    ['Lovely room. Only issue was the lumpy pillows.', 'the lumpy pillows'],
    ['Great dinner overall. The only thing that missed the mark was the lemon tart.', 'the lemon tart'],
    [
      "Nice little speakers. My only complaint is that they don't come with a charger but batteries do the job.",
      'the missing charger',
    ],
  ])('%s', (text, noun) => {
    expect(readQuibble(text, null)).toMatchObject({ found: true, noun });
  });

  it('a wish that a thing were not so dear is told as what it could be', () => {
    const read = readQuibble(
      'Love this phone. I just wish the spare handsets were not so expensive to buy.',
      null,
    );
    expect(read).toMatchObject({ found: true, clause: 'the spare handsets could be less expensive' });
  });

  it('a wish never reads "could be not"', () => {
    const read = readQuibble('Love this phone. I just wish the spare handsets were not there at all.', null);
    expect(read.found && read.clause ? read.clause : '').not.toMatch(/could be not/);
  });

  it('the only thing that was great is no quibble named as a fault', () => {
    const read = readQuibble('The only thing I ordered was the lemon tart and it was superb.', null);
    expect(read.found && read.noun ? read.noun : '').not.toBe('the lemon tart');
  });
});

describe('a product that works but not every time is never told back as one that does not work', () => {
  it('the reply does not say it does not work', () => {
    const reply = replyTo(
      'electronics',
      'I have used this keyboard for two years. When it works, it types beautifully. When it does not work, it lags and skips keys. That tells you the batteries are flat.',
      4,
    );
    expect(reply).not.toMatch(/(?:doesn't|does not) work/);
  });
});

describe('a queue or a wait is passed to the team, never to the kitchen', () => {
  it('a long queue at lunch', () => {
    const reply = replyTo('restaurant', 'Great burritos. The queue at lunch was really long, though.', 4);
    expect(reply).toMatch(/queue at lunch/);
    expect(reply).not.toMatch(/kitchen/);
  });

  it('a dish that was off still goes to the kitchen', () => {
    const reply = replyTo(
      'restaurant',
      'Great burritos and friendly staff. The rice was a bit salty though.',
      4,
    );
    expect(reply).toMatch(/kitchen/);
  });
});

describe('a part that broke is named, not passed over', () => {
  it('hardware that broke twice', () => {
    const reply = replyTo(
      'electronics',
      'I still like my backpack, but twice now the hardware has broken. Last month the clip on the chest strap broke.',
      4,
    );
    expect(reply).toMatch(/the hardware breaking/);
    expect(reply).not.toMatch(/has breaking|purchase you can be pleased with/);
  });

  it.each([
    // The reviewer's own things, or a break already put right.
    'Love this kettle, it boils fast. My heart broke when the old one died but this is better.',
    'The lid broke but they replaced it the next day and it has been perfect since.',
  ])('not: %s', (text) => {
    expect(replyTo('electronics', text, 5)).not.toMatch(/breaking/);
  });
});
