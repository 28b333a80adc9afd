import { readQuibble } from '@rebound/server/drafting/read-quibble';
import { doubtsReturn } from '@rebound/server/drafting/thanks-reviewer-close';
import * as tw from '@rebound/server/drafting/thanks-wording';
import { describe, expect, it } from 'vitest';
import { replyTo } from './happy-drafts.ts';

// A happy reviewer's point about the upkeep or the cleaning of the place, or about what a product will not work
// with, is read as a quibble and named; praise of the same things is not.

const nounOf = (text: string, title: string | null = null): string | null => {
  const q = readQuibble(text, title);
  return q.found ? q.noun : null;
};

describe('a point on the upkeep, the cleaning or what a product works with', () => {
  it.each([
    [
      'I was here for work. The hotel needs some updating and it could be cleaner. The staff is excellent.',
      'the upkeep',
    ],
    ['Lovely staff. The place needs some updating.', 'the upkeep'],
    ['Room could have been a little cleaner especially the carpet and corners of room.', 'the cleanliness'],
    ['Great breakfast. Lots of dust under the beds though.', 'the cleanliness'],
    ['Friendly staff. Also, we received a half used bottle of shampoo.', 'the cleanliness'],
    [
      'We spent one night for a family trip, but the person at guest services was really nice, the room was comfy, the only two things I didn’t like was that there was hair in the bathroom and the coffeemaker still had residues from before.',
      'the cleanliness',
    ],
    ['This adapter can not be used with the Garmin 330.', 'the compatibility'],
    ['So far they work well. They do not work with compact fluorescent lights well.', 'the compatibility'],
  ])('is named: %s', (text, noun) => {
    expect(nounOf(text)).toBe(noun);
  });

  it.each([
    'The hotel was recently updated and spotless. The staff could not be friendlier.',
    'The rooms are clean and the beds are comfy.',
    'It works with my Garmin without any problems. Great price.',
    'I can not live without it now, it works with everything I own.',
    'The cleaners were lovely and the room was spotless.',
    'We used bottles of their lovely shampoo and loved it.',
  ])('is not read where none is stated: %s', (text) => {
    expect(readQuibble(text, null).found).toBe(false);
  });

  it.each([
    "It's totally plug-n-play; there aren't even any drivers that need updating, assuming you have XP up to par.",
    'Everything was spotless and nothing in the room needed cleaning at all during our stay.',
  ])('is not read from a need the reviewer says is not there: %s', (text) => {
    const q = readQuibble(text, null);
    expect(String(q.found ? q.noun : null)).not.toMatch(/upkeep|cleanliness/);
  });

  it('reads the words after a cue only where the cue says the fault comes next', () => {
    // "the only down side is that…" introduces the fault; "while they don't…" runs on to what makes up for it.
    expect(
      nounOf(
        'The only down side is that the battery only charges for about 2 hours, shorter than many films I watch.',
      ),
    ).toBe('the battery life');
    const q = readQuibble(
      "While they don't last as long as some other batteries I've tried, their cost per battery more than makes up for it in the long run.",
      null,
    );
    expect(q.found ? q.noun : null).toBeNull();
  });

  it('is not read from words after a turn that takes the point back', () => {
    const q = readQuibble(
      'I have been a DJ for almost 5 years, and these are the best headphones I have ever had, light and comfortable. It is true that the bass is a little loud, but that is exactly what you need if you are playing in loud and crowded clubs.',
      null,
    );
    expect(q.found ? q.noun : null).not.toBe('the noise');
  });

  it('is answered in the reply, which does not claim it all went well', () => {
    const reply = replyTo(
      'hotel',
      'I was here for 5 days due to work. The hotel needs some updating and it could be cleaner. The staff is excellent and the restaurant has good food.',
      4,
    );
    expect(reply).toMatch(/\bthe upkeep\b/);
    expect(reply).not.toMatch(/lived up to what you hoped|all went|went so well|could not be happier/i);
  });

  it('names the cleaning a reviewer faults after praising the room', () => {
    const reply = replyTo(
      'hotel',
      'Very friendly staff and excellent breakfast choices. Room could have been a little cleaner especially the carpet and corners of room.',
      4,
    );
    expect(reply).toMatch(/\bthe cleanliness\b/);
  });
});

describe('a reviewer unsure they will come back', () => {
  const DOUBTED = [
    'The room was fine but dogs barked all night. Not sure if I would stay there again.',
    'Good food, slow service. We probably won’t be back any time soon.',
    'Nice enough, but I don’t know if we will come back.',
  ];
  it.each(DOUBTED)('is read as unsure: %s', (text) => {
    expect(doubtsReturn(text)).toBe(true);
  });

  it.each([
    'Not sure why I waited so long to try this place; we will be back.',
    'I was not sure what to expect, but I will definitely stay again.',
    'Can’t wait to come back again!',
  ])('is not read into a plan to return: %s', (text) => {
    expect(doubtsReturn(text)).toBe(false);
  });

  it('is not told a room will be ready or welcomed back as a matter of course', () => {
    const reply = replyTo(
      'hotel',
      'We stayed for 3 nights and the first night was great. Room could have been a little cleaner. Two dogs barked from 4 am. The hotel kindly gave us credit for one night. Not sure if I would stay there again.',
      4,
    );
    expect(reply).not.toMatch(
      /ready for you|next in town|look forward to welcoming you back|see you again soon/i,
    );
    expect(reply).toMatch(/should you decide|if you do give us another try|whatever you decide/i);
  });
});

describe('stock lines readers call stitched or overstated', () => {
  const ALL = Object.values(tw)
    .flatMap((x) =>
      Array.isArray(x) ? x : typeof x === 'object' && x !== null ? Object.values(x).flat() : [],
    )
    .filter((x): x is string => typeof x === 'string');

  it.each([
    /sat down to write/i,
    /put your name to/i,
    /review like this is always welcome/i,
    /stopping to write a review/i,
    /making the effort to post/i,
    /few reviews are as warm/i,
    /what matters most to us/i,
    /gold to a shop/i,
    /as well as what went right/i,
    /when you are back in town/i,
  ])('are not in any pool: %s', (line) => {
    expect(ALL.filter((x) => line.test(x))).toEqual([]);
  });

  it('leaves the pools they were in with lines to choose from', () => {
    expect(tw.plainThanks.length).toBeGreaterThan(8);
    expect(tw.genericOpen.length).toBeGreaterThan(10);
    expect(tw.personalFirst.length).toBeGreaterThan(3);
  });
});
