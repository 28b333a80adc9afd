import { describe, expect, it } from 'vitest';
import { draftFor, loadProfile } from './sample-drafts.ts';

describe('a holding reply answers what the reviewer told beside the incident', () => {
  it('names racist remarks made during the visit as well as the burn', () => {
    const draft = draftFor(
      loadProfile('salon'),
      'The stylist kept making racist comments while he cut my hair and swore the whole time. Then he burnt my neck with the flat iron and I was in tears.',
    );
    expect(draft.kind).toBe('holding');
    expect(draft.text).toMatch(/burn/);
    expect(draft.text).toMatch(/the remarks you report/);
  });

  it('leaves a burn told alone as the burn (near miss)', () => {
    const draft = draftFor(
      loadProfile('salon'),
      'She burnt my neck with the flat iron and I was in tears. I will not go back.',
    );
    expect(draft.kind).toBe('holding');
    expect(draft.text).toMatch(/burn/);
    expect(draft.text).not.toMatch(/remarks|also sorry to read|just as much/);
  });

  it('regrets the hour-long wait and the poor service beside an injury from the food', () => {
    const draft = draftFor(
      loadProfile('restaurant'),
      'Terrible service from start to finish. We sat waiting for an hour for two burgers. My friend cut her gum open on a shard of bone in the patty.',
      2,
    );
    expect(draft.kind).toBe('holding');
    expect(draft.text).toMatch(
      /also (?:sorry about|apologise for) the (?:long )?wait and (?:for )?the service/,
    );
  });

  it('adds no regret for service the reviewer never faulted (near miss)', () => {
    const draft = draftFor(
      loadProfile('restaurant'),
      'My friend cut her gum open on a shard of bone in the burger patty. The staff were kind about it.',
      2,
    );
    expect(draft.kind).toBe('holding');
    expect(draft.text).not.toMatch(/\bwait\b|the service/);
  });
});

describe('a holding reply from a garage owns no fault in its work', () => {
  const OIL_CAP =
    'After they repaired the engine they did not lock the oil cap back on, and a couple of days later the engine started smoking with oil everywhere. Awful service, and the manager blamed me.';

  it('says nothing of poor service where the service is the repair', () => {
    const draft = draftFor(loadProfile('auto'), OIL_CAP);
    expect(draft.kind).toBe('holding');
    expect(draft.text).toMatch(/smok/);
    expect(draft.text).not.toMatch(/\bthe service\b/);
  });

  it('still regrets poor service at a restaurant (near miss)', () => {
    const draft = draftFor(
      loadProfile('restaurant'),
      'Awful service all night. Then my friend cut her gum open on a shard of bone in the burger patty.',
      2,
    );
    expect(draft.kind).toBe('holding');
    expect(draft.text).toMatch(/\bthe service\b/);
  });
});

describe('an area called crime infested is not told as pests', () => {
  it('does not name pests for a hotel in a crime infested part of town', () => {
    const draft = draftFor(
      loadProfile('hotel'),
      'The manager threw my disabled son out of his room at night. The hotel sits in a crime infested area and he was lost out there for hours.',
    );
    expect(draft.text).not.toMatch(/pests|insects|kitchen|taken out of use/i);
  });

  it('still names pests in a room infested with roaches (near miss)', () => {
    const draft = draftFor(
      loadProfile('hotel'),
      'Our room was infested with roaches. We found them in the bed and on the bathroom floor.',
    );
    expect(draft.kind).toBe('holding');
    expect(draft.text).toMatch(/roach|pest|insect/i);
  });
});
