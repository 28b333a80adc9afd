import { describe, expect, it } from 'vitest';
import { triageReview } from '../../server/src/triage/index.ts';

const actionsOf = (text: string) =>
  triageReview({ rating: 1, text }, { sectorGroup: 'retail' }).situation.priorActions;

describe('a new unit that failed is a replacement that failed only where there was a first one', () => {
  it.each([
    'My brand-new card failed the first time I used it and I lost every photo.',
    'The brand new unit stopped after a day.',
    'My old adapter works with the new router but the new card does not work at all.',
    'I bought 2 of them. The first time the hinge broke, the second time the USB plug broke off.',
  ])('does not read %j as a failed replacement', (text) => {
    expect(actionsOf(text)).not.toContain('replacement_failed');
  });

  it.each([
    'The first card died, so they sent one more. The new card also failed within a week.',
    'They replaced it and the new unit has the same fault.',
    'The replacement died after two days.',
    'The second one broke in the same place.',
  ])('still reads %j as a failed replacement (near miss)', (text) => {
    expect(actionsOf(text)).toContain('replacement_failed');
  });
});

describe('goods the maker sent back to the reviewer', () => {
  const text =
    'I sent the faulty unit to the maker to be repaired. Garmin sent it back with a note that it had been fixed. It is the same as when I sent it to them.';

  it('are not read as goods returned for good, and the repair is read as failed', () => {
    const did = actionsOf(text);
    expect(did).not.toContain('returned');
    expect(did).not.toContain('sent_back');
    expect(did).toContain('repair_failed');
  });

  it('goods the reviewer sent back are still read as returned (near miss)', () => {
    expect(actionsOf('It would not charge, so I sent it back the next day.')).toContain('returned');
  });
});

describe('the second of several bought together', () => {
  it('is not read as a replacement', () => {
    expect(
      actionsOf('I purchased two of these units. The first was fine. The second one has a fault.'),
    ).not.toContain('replaced');
  });

  it('a second unit with no word of buying several is still a replacement (near miss)', () => {
    expect(actionsOf('The first was faulty. The second one has a fault too, it rattles.')).toContain(
      'replaced',
    );
  });
});

describe('money credited, a repair sent off, an order cancelled', () => {
  it('reads "I returned it and I was credited" as refunded', () => {
    expect(actionsOf('The picture was useless. I returned it and I was credited.')).toContain('refunded');
  });

  it('does not read a credit still owed as refunded (near miss)', () => {
    expect(actionsOf('The picture was useless. I have not been credited yet.')).not.toContain('refunded');
  });

  it('does not read goods sent to the maker for repair as returned', () => {
    expect(
      actionsOf('It stopped after two months. It was returned to Acme Repair and is back ordered.'),
    ).not.toContain('returned');
  });

  it('still reads goods that were returned as returned (near miss)', () => {
    expect(actionsOf('It stopped after two months. It was returned the same week.')).toContain('returned');
  });

  it('reads "I had to cancel my camera order" as cancelled, but not a wish to cancel (near miss)', () => {
    expect(actionsOf('I had to cancel my camera order, and the plan was never refunded.')).toContain(
      'cancelled',
    );
    expect(actionsOf('I wanted to cancel my camera order but it had shipped.')).not.toContain('cancelled');
  });
});

describe('goods the reviewer sent back, told with a word before it', () => {
  it.each(['Immediately sent it back.', 'It would not charge. Finally shipped it back to the store.'])(
    'still reads %j as returned',
    (text) => {
      expect(actionsOf(text)).toContain('returned');
    },
  );
});

describe('a plate a server sent back for the diner', () => {
  it('is still read as sent back', () => {
    const did = triageReview(
      {
        rating: 2,
        text: 'My soup was not made the way I asked. When she sent it back to be corrected, it never came out again.',
      },
      { sectorGroup: 'food_hospitality' },
    ).situation.priorActions;
    expect(did).toContain('sent_back');
  });
});

describe('the same problem feared, not met again after a repair', () => {
  it('reads no failed repair where the reviewer thought they could not have the same problem again', () => {
    const text =
      'The battery died after 13 months. I bought another one, figuring there was no way I could have the same problem again. Wrong: the second one just died too.';
    expect(actionsOf(text)).not.toContain('repair_failed');
  });

  it('still reads a failed repair where the same problem came back (near miss)', () => {
    expect(
      actionsOf('They fixed the squeak last week and the same problem came back a day later.'),
    ).toContain('repair_failed');
    expect(actionsOf('I had it repaired in March and got the same problem again in May.')).toContain(
      'repair_failed',
    );
  });
});
