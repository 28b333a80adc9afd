import { describe, expect, it } from 'vitest';
import { everyWording, judged } from './remedy-helpers.ts';

// A shop that sold the goods is glad the reviewer is pleased with them and thanks them; it takes no maker's pride in
// the praise ("Hearing the backlight got a mention is a real pleasure", "It warms my heart to hear how well it
// works"), which reads as if the shop had designed the thing. A restaurant praised for its own cooking may.

const PRIDE = /got a mention|praised like this|see .{1,60} singled out|warms my heart|pleased you noticed/i;

describe('thanks for praise of goods a shop sold', () => {
  it.each([
    'The keys feel great and the backlight is lovely. Typing all day is no strain at all.',
    'Brilliant sound from such small speakers, and so easy to set up on my desk.',
  ])('takes no maker’s pride in the praise: %s', (text) => {
    for (const draft of everyWording(judged('electronics-store'), text, { rating: 5, count: 40 }))
      expect(draft).not.toMatch(PRIDE);
  });

  it('may still be proud of its own cooking (near miss)', () => {
    const drafts = everyWording(
      judged('restaurant'),
      'The risotto was amazing and the tiramisu was the best I have had. Lovely evening.',
      { rating: 5, count: 40 },
    );
    expect(drafts.some((draft) => PRIDE.test(draft))).toBe(true);
  });
});

describe('the close of a thank-you note', () => {
  it('never promises a hotel guest a room', () => {
    const drafts = everyWording(
      judged('hotel'),
      'Clean room, comfortable bed and a friendly welcome at the desk. A fine stay.',
      { rating: 5, count: 60 },
    );
    for (const draft of drafts) expect(draft).not.toMatch(/your room will be ready/i);
  });

  it('never tells a garage customer everything was left as they wanted it', () => {
    const drafts = everyWording(
      judged('auto'),
      'After a minor collision they had my car looking new again. Quick, friendly and they kept me in the loop the whole way through, even dealing with my insurer for me.',
      { rating: 5, count: 60 },
    );
    for (const draft of drafts) expect(draft).not.toMatch(/left just as you wanted/i);
  });
});
