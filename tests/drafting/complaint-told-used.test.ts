import { nameComplaint } from '@rebound/server/drafting/name-complaint';
import { describe, expect, it } from 'vitest';

// Goods sent out as new that had plainly been used are told as not looking new; what something was used for in the
// reviewer's story ("the truck must have been used for joy riding") is not a unit that did not look new.

describe('goods that did not look new', () => {
  it('are told where the unit had been opened or used before', () => {
    expect(
      nameComplaint('The box was torn and the player had clearly been used before. Not acceptable.', 'retail')
        ?.clause,
    ).toMatch(/did not look new|opened before/);
  });

  it('are not read from what something was used for (near miss)', () => {
    const read = nameComplaint(
      'They found my stolen truck a week later and it must have been used for joy riding. The police never looked into it.',
      'retail',
    );
    expect(read?.clause ?? '').not.toMatch(/did not look new|opened before/);
  });
});
