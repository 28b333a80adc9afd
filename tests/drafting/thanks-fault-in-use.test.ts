import { readQuibble } from '@rebound/server/drafting/read-quibble';
import { describe, expect, it } from 'vitest';
import { everyWording, judged } from './remedy-helpers.ts';

// A fault a happy reviewer tells as what the goods do ("the sound keeps cutting out", "the unit falls off the dash",
// "I don't think it is that comfortable") is the point of their review, named in the reply; so is the complaint they
// name outright ("the only (big) problem is…"), before a describing word found elsewhere.

const draftsOf = (text: string, rating = 4) =>
  everyWording(judged('electronics-store'), text, { rating, count: 6 });

describe('a fault told as what the goods do', () => {
  it.each([
    [
      'The picture is sharp. Lately the sound keeps cutting out on calls with my brother.',
      'the sound cutting out',
    ],
    ['Bright screen and quick routes. The whole unit falls off the dash on every bump.', 'the mount'],
    [
      'The box says it is easier on the wrists. I do not think it is that comfortable, really.',
      'the comfort',
    ],
  ])('is read as the quibble: %s', (text, noun) => {
    expect(readQuibble(text, null)).toMatchObject({ found: true, noun });
  });

  it.each([
    'Not only comfortable but stylish too, and the sound is clear.',
    'Since joining the gym the pounds fell off, and the trainers are great.',
    'The sound never cuts out, even on long calls across the country.',
  ])('leaves praise alone (near miss): %s', (text) => {
    expect(readQuibble(text, null)).toEqual({ found: false });
  });

  it('names the fault in the reply instead of a general "doing right by you"', () => {
    const drafts = draftsOf(
      'Great picture quality for the money. Recently the sound is cutting out when I talk to my sister on video calls.',
      5,
    );
    for (const draft of drafts) expect(draft).toMatch(/sound cutting out/i);
  });
});

describe('a complaint the reviewer names as such', () => {
  const text =
    'That is likely because the handset is slightly smaller and weighs less. The only (big) problem is the battery life: it dies within two hours.';

  it('is read before a describing word found elsewhere', () => {
    expect(readQuibble(text, null)).toMatchObject({ found: true, noun: 'the battery life' });
  });

  it('still reads the describing word when no complaint is named (near miss)', () => {
    expect(
      readQuibble('That is likely because the handset is slightly smaller and weighs less.', null),
    ).toMatchObject({
      found: true,
      noun: 'the size',
    });
  });
});

describe('a fault told between the cue and a turn', () => {
  it('is named from the words before the turn', () => {
    const text =
      'Great little pad for the price. Cons: it is not as comfortable to hold as I would like, but the buttons are easy to hit and the cable is long enough for the sofa.';
    expect(readQuibble(text, null)).toMatchObject({ found: true, noun: 'the comfort' });
  });

  it('keeps a fault told in a clause of its own (near miss)', () => {
    const text =
      'Great little pad for the price. Cons: the cable is too short for my sofa, but the buttons are easy to hit and it is not uncomfortable to hold for long sessions.';
    expect(readQuibble(text, null)).toMatchObject({ found: true, clause: 'the cable is too short' });
  });
});
