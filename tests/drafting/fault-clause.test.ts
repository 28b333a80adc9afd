import { describe, expect, it } from 'vitest';
import { faultClause, readFault } from '../../server/src/drafting/fault-clause.ts';

describe("a product's fault is read from the reviewer's own clause", () => {
  it('tells back a part that keeps doing something wrong, turned to face the reviewer', () => {
    expect(
      faultClause(
        'Bought this for the kitchen. The handset keeps losing the base when I walk into the garden.',
      ),
    ).toBe('the handset keeps losing the base');
    expect(faultClause('Nice looking unit. My headset hums on every call, which nobody wants.')).toBe(
      'your headset hums on every call',
    );
  });

  it('spells out short forms and keeps what the fault is about', () => {
    expect(faultClause('Two weeks in and the cord no longer retracts. Very annoyed.')).toBe(
      'the cord no longer retracts',
    );
    expect(faultClause("The charger won't charge my tablet overnight. Returned it.")).toBe(
      'the charger will not charge your tablet overnight',
    );
  });

  it('reads a fault told after a turn, and one that leaves out its subject after "and"', () => {
    expect(faultClause('It looked fine at first, but it overheats after twenty minutes of use.')).toBe(
      'it overheats after twenty minutes of use',
    );
    expect(faultClause("It's loud enough, and crackles at any volume.")).toBe('it crackles at any volume');
  });

  it('tells a thing the reviewer could not get it to do as what it would not do', () => {
    expect(faultClause('I cannot get it to pair with my phone for more than a minute.')).toBe(
      'it would not pair with your phone for more than a minute',
    );
    expect(faultClause('I could not get it to work properly.')).toBeNull();
  });

  it('reads a fault after a short opening phrase and writes units in full', () => {
    expect(faultClause('With a full charge it does not last more than 15min. Poor.')).toBe(
      'it does not last more than 15 minutes',
    );
  });

  // Each review says no fault a reply could tell back: a verb that names none, advice, a wish, a hypothetical, a
  // comparison, another thing the reviewer owns, a third party, a praised part, a condition, a brand.
  it.each([
    'It does not work. Junk.',
    'It stopped working completely, making me lose a day of photos.',
    "It won't be the last cheap gadget I regret.",
    'If you drop it, the screen cracks straight away.',
    'I hoped it would never drop a call, like my last one.',
    'Save your money: buy one that does not overheat.',
    'My old router drops the signal less than this one.',
    'My laptop crashes whenever the dock is plugged in.',
    'The seller refused to take it back.',
    'Their support never answers the phone.',
    'The rep kept dropping my call.',
    'The speaker never distorts, and the sound is great.',
    "When the cover is off, it doesn't show the battery level.",
    'It fails to sync with Outlook on every try.',
    'I scrubbed for an hour and the stain did not lift.',
  ])('reads no fault in %j', (text) => {
    expect(faultClause(text)).toBeNull();
  });

  it('prefers the fault the title names over an earlier one', () => {
    const text = 'The strap broke off after a week. Worse, the clock loses ten minutes a day.';
    expect(readFault(text, null)?.clause).toBe('the strap broke off after a week');
    expect(readFault(text, 'Loses time')).toEqual({
      clause: 'the clock loses ten minutes a day',
      inTitle: true,
    });
  });
});
