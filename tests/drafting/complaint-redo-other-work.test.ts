import { describe, expect, it } from 'vitest';
import { judgedProfile } from './judged/profile.ts';
import { draftFor } from './sample-drafts.ts';

// A salon whose redo names hair work: "a free appointment to correct the colour or cut".
const salon = judgedProfile('salon');

describe('a redo asked for is told for the work the review is of', () => {
  it('offers to redo the nails of a pedicure the reviewer says nobody offered to fix', () => {
    const text =
      'He rushed through my pedicure, hurt me twice and my toes came out smudged. They did not even offer to fix the smudged nails.';
    const reply = draftFor(salon, text, 1).text;
    expect(reply).not.toMatch(/colou?r or cut/);
    expect(reply).toMatch(/redo your nails/);
  });

  it('still offers to correct a haircut the reviewer wants fixed (near miss)', () => {
    const text =
      'My stylist rushed my haircut and the layers are uneven on one side. They did not even offer to fix the cut.';
    const reply = draftFor(salon, text, 1).text;
    expect(reply).toMatch(/correct the cut/);
  });
});
