import { describe, expect, it } from 'vitest';
import { draftFor, loadProfile } from './sample-drafts.ts';

describe('a holding reply where nobody was hurt also regrets the grievance that brought the review', () => {
  it('names the botched haircut beside the ants seen on the floor', () => {
    const draft = draftFor(
      loadProfile('salon'),
      'The sofa had holes in it and there were ants crawling all over the floor. Then the barber clearly had no idea what he was doing with the clippers and my haircut is a mess. Never again.',
    );
    expect(draft.kind).toBe('holding');
    expect(draft.text).toMatch(/ants/);
    expect(draft.text).toMatch(/haircut/);
  });

  it('leaves the cut out where the reviewer was hurt during it (near miss)', () => {
    const draft = draftFor(
      loadProfile('salon'),
      'The barber clearly had no idea what he was doing with the clippers. He cut my ear and it bled all the way home.',
    );
    expect(draft.kind).toBe('holding');
    expect(draft.text).not.toMatch(/also (?:sorry|apologise) that your haircut/);
  });
});
