import { describe, expect, it } from 'vitest';
import { nameComplaint } from '../../server/src/drafting/name-complaint.ts';

describe('a display too faint to read is named as such', () => {
  it('reads a title with no verb and a display with only a dim setting', () => {
    expect(
      nameComplaint(
        'My second one of these. It works fine otherwise.',
        'retail',
        'Handy gadget but display tough to read in sunlight',
      )?.clause,
    ).toBe('the display was hard to read');
    expect(nameComplaint('The screen is far too dim to use outdoors.', 'retail')?.clause).toBe(
      'the screen was hard to read',
    );
  });

  it('leaves a display the reviewer found easy to read unnamed', () => {
    expect(nameComplaint('The display is easy to read even in sunlight.', 'retail')).toBeNull();
  });
});
