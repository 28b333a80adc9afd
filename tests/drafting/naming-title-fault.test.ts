import { describe, expect, it } from 'vitest';
import { readFault } from '../../server/src/drafting/fault-clause.ts';
import { titleComplaint } from '../../server/src/drafting/name-complaint.ts';

describe('a fault the reviewer states as a part too weak, too faint or hard to use is named', () => {
  it('reads a part that is too weak or not loud enough from the text', () => {
    expect(readFault('Nice idea. The clip is too weak to hold on a belt.', null)?.clause).toBe(
      'the clip is too weak to hold on a belt',
    );
    expect(
      readFault('Bought it for the garden. The speaker was not loud enough outdoors.', null)?.clause,
    ).toBe('the speaker was not loud enough outdoors');
  });

  it('takes the fault from the title when the text only tells around it', () => {
    expect(
      readFault(
        'I did not notice at first, and now I have to carry my player in my hand when I go running.',
        'The belt clip is too weak',
      ),
    ).toEqual({ clause: 'the belt clip is too weak', inTitle: true });
  });

  it('takes no verdict from the title, only a part and its state', () => {
    expect(readFault('Had it a month and then it died on me.', 'This product stinks')).toBeNull();
    expect(readFault('Used it daily for a year.', 'Great until it broke')).toBeNull();
  });

  it('names no fault for a price said to be too high, or a title that praises', () => {
    expect(readFault('The price is too high for what you get.', null)).toBeNull();
    expect(readFault('I gave it away to a friend.', 'Works fine for the money')).toBeNull();
  });

  it('reads a title that opens "so bad" as the poor part it names', () => {
    expect(titleComplaint('So bad screen')).toBe('the poor screen');
    expect(titleComplaint('So much for that')).toBeNull();
  });
});
