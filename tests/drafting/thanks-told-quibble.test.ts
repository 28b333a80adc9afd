import { describe, expect, it } from 'vitest';
import { readQuibble } from '../../server/src/drafting/read-quibble.ts';
import { everyWording, judged } from './remedy-helpers.ts';

// A happy reviewer's one gripe is answered by name: "the only annoying thing was…" is a gripe, a display "I couldn't
// read" is told back as hard to read, and a nuisance told of something else in the review is no trouble the gripe
// put them to.

describe('"the only annoying thing was…"', () => {
  const text =
    'Good value and very pleasant staff. Clean room. Only annoying thing was the shower heads were mostly clogged.';
  it('is read as the quibble', () => {
    const read = readQuibble(text, null);
    expect(read.found).toBe(true);
    expect(read.found && read.clause).toMatch(/shower heads were mostly clogged/);
  });
  it('is answered in the reply', () => {
    for (const draft of everyWording(judged('hotel'), text, { rating: 4, count: 6 }))
      expect(draft).toMatch(/clogged/);
  });
  it('leaves "the only thing better was…" alone (near miss)', () => {
    expect(readQuibble('Lovely room. The only thing better was the breakfast.', null).found).toBe(false);
  });
});

describe('a display the reviewer could not read', () => {
  const text =
    "We took it on our beach trip and loved every minute. It was a pain to change stations through the transmitter, but nobody could fix that. The only problem I had was I couldn't read the red display in the daylight.";
  it('is told back as hard to read', () => {
    const read = readQuibble(text, null);
    expect(read.found && read.clause).toBe('the red display was hard to read');
  });
  it('gets no sorry for a bother it did not cause', () => {
    for (const draft of everyWording(judged('electronics-store'), text, { rating: 5, count: 6 })) {
      expect(draft).not.toMatch(/along the way/);
      expect(draft).toMatch(/red display/);
    }
  });
  it('still says sorry where the gripe itself put them to trouble (near miss)', () => {
    const trouble =
      'Great sound once it worked. The only problem I had was the hinge cracked in the first week. I had to send it back for a new one.';
    for (const draft of everyWording(judged('electronics-store'), trouble, { rating: 4, count: 6 }))
      expect(draft).toMatch(/sorry|trouble|bother|hassle/i);
  });
});
