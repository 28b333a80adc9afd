import { describe, expect, it } from 'vitest';
import { readQuibble } from '../../server/src/drafting/read-quibble.ts';
import { everyWording, judged } from './remedy-helpers.ts';

// A happy reviewer who wanted more of something ("it could have used more sauce", "I wished there was more
// seating") has stated a quibble, and the note names it in one line; a room "a bit too dark" is a point about the
// lighting.

describe('a dish that "could have used some more sauce"', () => {
  const text =
    'Lovely evening with friends and our server was great. The gnocchi was fine but it could have definitely used some more tomato sauce. The tiramisu was a treat.';
  it('is read as the quibble, named as the amount wanted', () => {
    const read = readQuibble(text, null);
    expect(read.found && read.noun).toBe('the amount of tomato sauce');
  });
  it('is answered in the note', () => {
    for (const draft of everyWording(judged('restaurant'), text, { rating: 4, count: 6 }))
      expect(draft).toMatch(/tomato sauce/);
  });
  it('"I wished there was a bit more seating" names the seating', () => {
    const read = readQuibble('Great coffee. I wished there was a bit more seating inside though.', null);
    expect(read.found && read.noun).toBe('the seating');
  });
  it('"more options" is told as their number', () => {
    const read = readQuibble('Good food. The menu could use more vegetarian options.', null);
    expect(read.found && read.noun).toBe('the vegetarian options');
    const dips = readQuibble('Tasty wings. It could have used a few more dips.', null);
    expect(dips.found).toBe(true);
  });
  it('leaves wishes that are no fault alone (near miss)', () => {
    expect(readQuibble('We wished them well and headed home very happy.', null).found).toBe(false);
    expect(readQuibble('I wish there were more places like this in town.', null).found).toBe(false);
  });
  it('wanting "more time" there names nothing (near miss)', () => {
    const read = readQuibble('Lovely spa. I wished there was more time to enjoy the pool.', null);
    expect(read.found && read.noun).not.toBe('the amount of time');
  });
});

describe('a room "a bit too dark"', () => {
  const text =
    'Great location near the ferry, a lovely terrace bar and helpful staff all round. Ask for a room at the front if you can, ours at the back was a bit too dark.';
  it('is read as a point about the lighting', () => {
    const read = readQuibble(text, null);
    expect(read.found && read.noun).toBe('the lighting');
  });
  it('is answered in the note', () => {
    for (const draft of everyWording(judged('hotel'), text, { rating: 4, count: 6 }))
      expect(draft).toMatch(/lighting/);
  });
  it('leaves a dark, cosy bar praised as such alone (near miss)', () => {
    expect(readQuibble('The bar is dark and cosy and the cocktails are superb.', null).found).toBe(false);
  });
});

describe('a stressed "MY doctor" beside the praise', () => {
  const text =
    'Dr. Lee took his time with us and never rushed a single question. The front desk fitted us in on a busy day. If only MY doctor would see me that quickly!';
  it('is no quibble with this practice', () => {
    expect(readQuibble(text, null).found).toBe(false);
  });
  it('gets no line about less glowing parts', () => {
    for (const draft of everyWording(judged('vet'), text, { rating: 5, count: 6 }))
      expect(draft).not.toMatch(/less glowing|less rosy|critical parts|even-handed|full picture|balanced/i);
  });
  it('a stressed "MY dog" is still the reviewer at our practice (near miss)', () => {
    expect(readQuibble('MY dog hated the waiting room, it was a bit small.', null).found).toBe(true);
  });
});

describe('a waiting room that was small', () => {
  it('is about its size, not a wait', () => {
    const read = readQuibble('The vet was lovely but the waiting room was a bit too small.', null);
    expect(read.found && read.noun).toBe('the size');
  });
  it('a long time waiting is still the wait (near miss)', () => {
    const read = readQuibble('The vet was lovely but the waiting was a bit long.', null);
    expect(read.found && read.noun).toBe('the wait');
  });
});

describe('the words after "more"', () => {
  it('stop at a turn: "a tad more syrup but, I would have one again"', () => {
    const read = readQuibble(
      'The milkshake was fine but could have used a tad more syrup but, I would have one again.',
      null,
    );
    expect(read.found && read.noun).toBe('the amount of syrup');
  });
});

describe('a topic named in the cue itself', () => {
  it('is not told where the reviewer takes the point back after it (near miss)', () => {
    const read = readQuibble(
      'I have been mixing at parties for years and these are the best I have owned, it is true that the bass is a little loud, but that is exactly what you need in a crowded club.',
      null,
    );
    expect(read.found && read.noun).not.toBe('the noise');
  });
});
