import { describe, expect, it } from 'vitest';
import { replyTo } from './sample-drafts.ts';

describe('"old" before a noun is the one there was before, not a fault', () => {
  it('never tells a reviewer missing the old recipe that the sandwich was old', () => {
    const reply = replyTo(
      'restaurant',
      'Sadly the new owners changed the menu. The veggie sandwich now tastes like it comes from another country. I woke up today dreaming about the old veggie sandwich!',
      2,
    );
    expect(reply).not.toMatch(/sandwich was old|old (?:veggie )?sandwich/i);
  });

  it('still tells a room the reviewer called old as the fault it is', () => {
    const reply = replyTo('hotel', 'The carpets were old and stained and the bathroom was filthy.', 2);
    expect(reply).toMatch(/carpet|bathroom|room/i);
  });
});
