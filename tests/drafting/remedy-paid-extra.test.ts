import { describe, expect, it } from 'vitest';
import { body, draftFor, judged, stepFor } from './remedy-helpers.ts';

const hotel = judged('hotel');
const label = (text: string): string => {
  const step = stepFor(hotel, text, 2);
  return step.kind === 'remedy' ? step.remedy.label : `call:${step.reason}`;
};

describe('an extra a guest paid for and never had is given back', () => {
  const lakeView =
    "During check-in I tried to confirm that the room we were assigned was indeed a full lake view. I had made sure to spend the extra to reserve it... Well it didn't happen. We were not able to resolve it during our stay. The bed was two singles pushed together.";

  it('refunds the extra, named for the view it bought, and names what was missed', () => {
    expect(label(lakeView)).toBe('a refund of the extra you paid for the lake view');
    const reply = body(draftFor(hotel, lakeView));
    expect(reply).toMatch(/paid extra for/);
    expect(reply).toMatch(/refund of the extra you paid for the lake view/);
  });

  it('refunds the extra without a view where the review names none', () => {
    expect(label('We paid extra for a suite and were given a standard room on the ground floor.')).toBe(
      'a refund of the extra you paid',
    );
  });

  it('owes nothing back for an extra the guest had, or for extras paid for and received (near misses)', () => {
    for (const text of [
      'We paid extra for a lake view and it was worth every penny, but the bed was two singles pushed together.',
      'We paid extra for breakfast and it was cold, and the room smelled of smoke.',
    ]) {
      expect(label(text), text).not.toMatch(/extra you paid/);
      expect(body(draftFor(hotel, text)), text).not.toMatch(/paid extra for/);
    }
  });
});
