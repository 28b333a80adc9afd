import { describe, expect, it } from 'vitest';
import { replyTo } from './sample-drafts.ts';

describe('a 4-star stay with a fault of ours told in passing', () => {
  it.each([
    'Lovely hotel with a great view from the patio and a good breakfast. Only issue was the two twin beds pushed together, which was uncomfortable.',
    'The staff were friendly and the room was spotless. The only downside was that the pool was temporarily closed.',
  ])('is met with a word of regret, not only thanks for mentioning it: %s', (text) => {
    const reply = replyTo('hotel', text, 4);
    expect(reply).toMatch(/\bsorry\b/i);
    expect(reply).not.toMatch(/refund|discount|on us|free/i);
  });

  it('keeps a point that is nobody’s fault free of apology (near miss)', () => {
    const reply = replyTo(
      'hotel',
      'Great staff and a comfortable bed. The only downside is that it is a fair drive from the beach.',
      4,
    );
    expect(reply).not.toMatch(/\bsorry\b/i);
  });
});
