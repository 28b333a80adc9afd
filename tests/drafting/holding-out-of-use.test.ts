import { describe, expect, it } from 'vitest';
import { draftFor, loadProfile } from './sample-drafts.ts';

const OUT_OF_USE =
  /it is safest (?:to keep it unplugged|to leave it unplugged|not to use it|to keep it out of use)/;

describe('goods that smoked, sparked or failed dangerously', () => {
  it('are kept unplugged until the owner has spoken with the reviewer', () => {
    const draft = draftFor(
      loadProfile('electronics-store'),
      'The charger started smoking and melted the plug after a week on my desk.',
    );
    expect(draft.kind).toBe('holding');
    expect(draft.text).toMatch(/unplugged/);
  });

  it('are kept out of use where the danger was not electrical', () => {
    const draft = draftFor(
      loadProfile('shop'),
      'The brakes on the bike I bought here failed on the first hill and I nearly went under a bus.',
    );
    expect(draft.kind).toBe('holding');
    expect(draft.text).toMatch(OUT_OF_USE);
  });

  it('a garage or a restaurant reply gives no such advice (near miss)', () => {
    const garage = draftFor(
      loadProfile('auto'),
      'After the oil change the cabin filled with smoke and it was pouring from under the bonnet.',
    );
    expect(garage.kind).toBe('holding');
    expect(garage.text).not.toMatch(OUT_OF_USE);
    expect(garage.text).not.toMatch(/unplugged/);
  });
});

describe('goods that smoked but have already gone back', () => {
  it('are not to be kept unplugged once the reviewer returned them and got the money back', () => {
    const draft = draftFor(
      loadProfile('electronics-store'),
      'The player started smoking the second time I charged it. I returned it and got my money back.',
    );
    expect(draft.kind).toBe('holding');
    expect(draft.text).not.toMatch(OUT_OF_USE);
  });

  it('are still kept unplugged where the reviewer only plans to return them (near miss)', () => {
    const draft = draftFor(
      loadProfile('electronics-store'),
      'The player started smoking the second time I charged it. I might return it if nobody answers.',
    );
    expect(draft.kind).toBe('holding');
    expect(draft.text).toMatch(OUT_OF_USE);
  });
});
