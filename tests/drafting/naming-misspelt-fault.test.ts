import { describe, expect, it } from 'vitest';
import { nameComplaint } from '../../server/src/drafting/name-complaint.ts';

describe('a fault written with a common slip of spelling is still named', () => {
  it('reads "stoped working" and "didnt work" as the goods failing', () => {
    expect(
      nameComplaint(
        'Setup was easy and it ran fine for four months. Then it just stoped working. Nothing I tried helped.',
        'retail',
      )?.clause,
    ).toBe('it stopped working so soon');
    expect(
      nameComplaint('Plugged it in on day one. After a week it didnt turn on any more.', 'retail')?.clause,
    ).toBe('it stopped working so soon');
  });

  it('leaves a review with no fault in it unnamed, however it is spelt', () => {
    expect(
      nameComplaint('I didnt need the second cable so I stoped by the store to hand it back.', 'retail'),
    ).toBeNull();
  });
});
