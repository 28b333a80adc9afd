import { type BusinessProfile, composeDraft } from '@rebound/server/drafting/index';
import { nameComplaints } from '@rebound/server/drafting/name-complaint';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { loadProfile } from './sample-drafts.ts';

type Review = { author: string | null; rating: number; text: string; title?: string | null };
const draft = (profile: BusinessProfile, text: string, title: string | null = null, rating = 1) => {
  const r: Review = { author: null, rating, text, title };
  return composeDraft(r, triageReview(r, { sectorGroup: sectorGroupOf(profile.sector) }), profile).text;
};
const clauses = (text: string, title: string | null = null): string[] =>
  nameComplaints(text, 'retail', title).map((n) => n.clause);

const store = loadProfile('electronics');

// Openers that name nothing of the review.
const NAMES_NOTHING =
  /\b(?:letting you down|did not get this right|expected better of us|we let you down\.|disappointing experience|fell so far short of what you expected|really sorry to read this|how disappointed you were|left you so frustrated|fell short of what you expected|did not do better by you|turned out this way|did not work for you|your purchase (?:fell short|did not go)|not what you should have had from us)\b/;

describe('goods that hardly ever worked', () => {
  it('names goods the reviewer only got going for hours in all', () => {
    const text =
      'In a whole week I have only managed to get this unit to work for about 2 hours, on and off. The electronics inside are rubbish.';
    expect(clauses(text)).toContain('it only ever worked for a few hours');
    const reply = draft(store, text);
    expect(reply).toMatch(/only ever worked for a few hours/);
    expect(reply).not.toMatch(NAMES_NOTHING);
  });

  it('names a drive that seldom works, and one that hangs when plugged in', () => {
    const text =
      'I wanted it for moving files between offices, but it seldom works on any laptop I try. When I plug it in the light blinks and then it just hangs.';
    expect(clauses(text)).toEqual(
      expect.arrayContaining(['it so seldom worked', 'it hung whenever you plugged it in']),
    );
    expect(draft(store, text)).toMatch(/seldom worked|worked so rarely/);
  });

  it('does not read goods that seldom fail, or that worked for hours on end, as hardly working', () => {
    expect(clauses('It seldom fails me and the battery is fine.')).not.toContain('it so seldom worked');
    expect(clauses('I got it to work for hours on end without any trouble.')).not.toContain(
      'it only ever worked for a few hours',
    );
  });
});

describe('parts that come out or come apart', () => {
  it('names a cassette that pops out at the slightest bump, however it is spelt', () => {
    const text =
      'Any small bump in the road and the slightest bump makes the casete pop out and the music stops.';
    expect(clauses(text)).toContain('the cassette popped out at the slightest bump');
    expect(draft(store, text)).toMatch(/the cassette popped out at the slightest bump/);
  });

  it('names the part told first: "the card falls out at the smallest jolt"', () => {
    expect(clauses('The card falls out at the smallest jolt.')).toContain(
      'the card popped out at the slightest bump',
    );
  });

  it('does not name a part that never once popped out', () => {
    expect(clauses('Even on the slightest bump the cassette never once popped out.')).not.toContain(
      'the cassette popped out at the slightest bump',
    );
  });

  it('names a rack that comes apart as discs are taken out, and one hard to assemble', () => {
    const text =
      'It was tricky putting it together. Whenever I am taking the dvds out the rack starts to fall apart on me.';
    expect(clauses(text)).toEqual(
      expect.arrayContaining([
        'it would come apart unless the DVDs were taken out with great care',
        'it was so hard to put together',
      ]),
    );
    expect(draft(store, text)).not.toMatch(NAMES_NOTHING);
  });

  it('does not name assembly the reviewer found easy', () => {
    expect(clauses('It was not hard putting it together, but the shelves sag.')).not.toContain(
      'it was so hard to put together',
    );
  });
});

describe('warnings, clicks and signals it kept giving', () => {
  it('names a mouse that keeps warning of low power', () => {
    const text =
      'It keeps on showing "low battery" even with fresh cells, and nothing in the manual helped me fix it.';
    expect(clauses(text)).toContain('it kept warning of low battery');
    expect(draft(store, text)).toMatch(/kept warning of low battery/);
  });

  it('names a scroll wheel that registers clicks as it turns', () => {
    const text =
      'Scrolling is a misery: each time I roll the wheel, the middle button registers a click and pastes text everywhere.';
    expect(clauses(text)).toContain('the wheel kept registering clicks');
    expect(draft(store, text)).not.toMatch(NAMES_NOTHING);
  });

  it('does not name a wheel that never registers a click by mistake', () => {
    expect(
      clauses('When I scroll the wheel it never registers a click by mistake, but the cord is short.'),
    ).not.toContain('the wheel kept registering clicks');
  });

  it('names a remote that keeps switching on the wrong device', () => {
    const text = 'With four boxes under the TV, it constantly turned on the wrong device.';
    expect(clauses(text)).toContain('it kept switching on the wrong device');
    expect(draft(store, text)).toMatch(/wrong device/);
  });

  it('names a transmitter that would barely connect', () => {
    const text = 'There are empty stations everywhere here and it could barely transmit. A waste of money.';
    expect(clauses(text)).toContain('it would barely transmit');
  });
});

describe('fit, slots and settings', () => {
  it('names a plug that does not fit the jack, written "does bot fit"', () => {
    const text = 'The plug on the cable does bot fit the jack on my receiver at all.';
    expect(clauses(text)[0]).toBe('the plug did not fit the jack');
    expect(draft(store, text)).toMatch(/the plug did not fit the jack/);
  });

  it('does not name a plug that fits the jack perfectly', () => {
    expect(clauses('The plug fits the jack perfectly, but the signal is weak.')).not.toContain(
      'the plug did not fit the jack',
    );
  });

  it('names one slot of several gone, said "non functional"', () => {
    const text = 'Three weeks in, one of the slots was non functional because a contact bent.';
    expect(clauses(text)[0]).toBe('one of the slots stopped working');
    expect(draft(store, text)).toMatch(/one of the slots stopped working/);
  });

  it('names a device that would not work with security turned on, told once', () => {
    const text = 'Like many people, I cound not get it to work with WPA turned on, whatever I tried.';
    expect(clauses(text)[0]).toBe('it would not work with WPA turned on');
    const reply = draft(store, text);
    expect(reply).toMatch(/would not work with WPA turned on/);
    expect(reply).not.toMatch(/however you tried/);
  });

  it('names recordings that often come out corrupt', () => {
    const text = 'My recordings frequently end up corrupt and the buttons are tiny.';
    expect(clauses(text)).toContain('your recordings were so often corrupted');
  });
});

describe('more faults told plainly', () => {
  it('names trays that would not eject, a typewriter typing wrong letters and a silent transmitter', () => {
    expect(clauses('Most of the disc trays do not eject and my CDs are stuck.')).toContain(
      'the trays would not eject',
    );
    expect(clauses('Every time we switch it on, it types the wrong letter.')).toContain(
      'it kept typing the wrong letters',
    );
    expect(clauses('The lights come on but it does not transmit on any station.')).toContain(
      'it would not transmit on any station',
    );
  });

  it('names a mouse that keeps the laptop from going idle, and an error on one button', () => {
    expect(clauses('It was stopping my laptop from going into idle mode.')).toContain(
      'it kept your laptop from going idle',
    );
    expect(clauses('When I press the copy button, an error message pops up on the panel.')).toContain(
      'an error came up whenever you pressed the copy button',
    );
  });

  it('names a phone with no caller ID shown, but not one whose caller ID shows', () => {
    expect(clauses('No caller-id display, though every other phone here shows it.')).toContain(
      'caller ID would not show as it should',
    );
    expect(
      clauses('Caller-id shows up on it as on every other phone, but the keys are small.'),
    ).not.toContain('caller ID would not show as it should');
  });

  it('names discs a burner would not recognise, and tapes that clogged the heads', () => {
    expect(clauses('These were not recognizable by my old Sony burner.')).toContain(
      'your burner would not recognise it',
    );
    expect(clauses('These tapes did one thing well: they clogged my video head.')).toContain(
      'the tapes clogged your video head',
    );
  });

  it('names a cleaner that could not remove one scuff, and a deck that threw out the adapter', () => {
    expect(clauses('This cleaning kit could not even remove a scratch.')).toContain(
      'it would not remove even a scratch',
    );
    expect(clauses('My car deck would error and eject the tape adapter within seconds.')).toContain(
      'your deck kept ejecting it',
    );
    expect(clauses('My car deck would not eject the tape adapter.')).not.toContain(
      'your deck kept ejecting it',
    );
  });
});

describe('nothing to watch, and a picture too faint', () => {
  it('names a set that picked up no channel, but not one that picked up every channel', () => {
    const text = 'This little set does not get any channel you could bear to watch, even outdoors.';
    expect(clauses(text)).toContain('it would not pick up any channel');
    expect(draft(store, text)).toMatch(/would not pick up any channel/);
    expect(clauses('It picked up every channel in town and the speaker is loud.')).not.toContain(
      'it would not pick up any channel',
    );
  });

  it('names video that is faint as poor picture quality', () => {
    expect(clauses('The video is faint and blotchy even in daylight.')).toContain(
      'the picture quality was so poor',
    );
    expect(clauses('The video is not faint at all; the stand is the problem.')).not.toContain(
      'the picture quality was so poor',
    );
  });
});

describe('a channel free of static', () => {
  it('is the static told, not a set that picked up nothing', () => {
    expect(clauses('It would not get a single channel free of hiss in the whole house.')).not.toContain(
      'it would not pick up any channel',
    );
  });
});
