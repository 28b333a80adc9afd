import { readQuibble } from '@rebound/server/drafting/read-quibble';
import { muddledOrderAt, readStance } from '@rebound/server/triage/situation/stance';
import { describe, expect, it } from 'vitest';

// Words the sentiment scores read as wholly warm: the stance turns on the words alone.
const glowing = { positive: 6, negative: 0, positiveSentences: 3, negativeSentences: 0 };

describe('a 4-star review that tells of the wrong version sent is happy with a quibble', () => {
  const wrong =
    'I ordered the 2024 map disc but they shipped the 2023 edition instead. The new one came a month later. The maps are accurate and easy to follow.';

  it('reads the wrong version sent as an order muddled', () => {
    const sentences = wrong.split(/(?<=\.)\s+/);
    expect(muddledOrderAt(sentences)).toBe(0);
    expect(readStance(4, glowing, 'neutral', wrong)).toBe('happy_with_quibble');
  });

  it('names the mix-up for the reply', () => {
    const q = readQuibble(wrong, null);
    expect(q.found && q.noun).toBe('the mix-up over your order');
  });

  it.each([
    'I ordered the 2024 map disc and they shipped it the next day. The maps are accurate and easy to follow.',
    'I ordered the blue case but they sent the red one instead for free as an upgrade. It looks great.',
    'I ordered two and they shipped both in one box. Works great.',
  ])('near miss, stays happy: %s', (text) => {
    expect(readStance(4, glowing, 'neutral', text)).toBe('happy');
  });
});
