import { nameComplaints } from '@rebound/server/drafting/name-complaint';
import { describe, expect, it } from 'vitest';

const namedAt = (text: string, title: string | null = null): string[] =>
  nameComplaints(text, 'retail', title).map((n) => n.clause);

describe('keys laid out otherwise than the reviewer is used to', () => {
  it('names the layout, not a breakage of the keyboard the reviewer had before', () => {
    const text =
      'I picked up this keyboard after the first one broke. The keys had been re-arranged, so I kept deleting my work when I went for the home key. I cannot work with it.';
    const named = namedAt(text, 'Keys moved around');
    expect(named[0]).toBe('the keys were not laid out the way you are used to');
    expect(named).not.toContain('it broke so quickly');
  });

  it('names a nonstandard layout said beside a flimsy feel', () => {
    const text =
      'The keyboard feels flimsy. Worse, the layout is nonstandard: the keys above the arrows are all in odd places.';
    expect(namedAt(text)).toContain('the keys were not laid out the way you are used to');
  });

  it('still names a keyboard that broke, where it was this one', () => {
    const text = 'I bought this keyboard in March and it broke after two weeks. The space bar snapped off.';
    expect(namedAt(text)).toContain('it broke so quickly');
    expect(namedAt(text)).not.toContain('the keys were not laid out the way you are used to');
  });

  it('does not take a remote with buttons in odd places for a key layout', () => {
    const text = 'The remote has its buttons in odd places and the volume is hard to find in the dark.';
    expect(namedAt(text)).not.toContain('the keys were not laid out the way you are used to');
  });
});
