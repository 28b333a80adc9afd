import { nameComplaints } from '@rebound/server/drafting/name-complaint';
import { describe, expect, it } from 'vitest';

const namedAt = (text: string): string[] => nameComplaints(text, 'food_hospitality').map((n) => n.clause);

describe('a question that tells what happened', () => {
  it('names frozen vegetables told as a question for someone to explain', () => {
    const text =
      'Could someone explain to me how a plate of mixed vegetables comes out with the broccoli piping hot while the carrots are actually still frozen in the middle?';
    expect(namedAt(text)[0]).toBe('your carrots were still partly frozen');
  });

  it('still leaves a real question unread', () => {
    const text = 'Were the carrots still frozen in the middle, or was that just my plate?';
    expect(namedAt(text)).not.toContain('your carrots were still partly frozen');
  });
});
