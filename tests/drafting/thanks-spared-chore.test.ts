import { quibbleTopic } from '@rebound/server/drafting/read-quibble';
import { describe, expect, it } from 'vitest';
import { replyTo } from './happy-drafts.ts';

// A chore the goods spare their owner ("there is never a need to replace the battery") is praise: the reply does not
// tell it back as a point raised ("You were right to mention the battery life").

describe('a chore the goods spare the owner', () => {
  it.each([
    'There is never a need to replace the battery, which is great.',
    'If the power fails it keeps going, and there is no need to swap the battery for a 9 volt.',
    'You never have to set the clock, it picks up the time from the line and the battery keeps it.',
    'It runs for a week without having to recharge the battery.',
  ])('is not read as a quibble: %s', (text) => {
    expect(quibbleTopic(text)).toBeNull();
    expect(quibbleTopic(text, true)).toBeNull();
  });

  it.each([
    ["I wish I didn't have to charge the battery every night.", 'the battery life'],
    ["You don't have to charge it often, but the battery is not great in the cold.", 'the battery life'],
    ['The remote is a bit small, though there is no need to aim it.', 'the remote'],
  ])('keeps a wish to be spared one, or a fault after a turn (near miss): %s', (text, topic) => {
    expect(quibbleTopic(text)).toBe(topic);
  });

  it('thanks a glowing phone review without a point about the battery', () => {
    const reply = replyTo(
      'electronics',
      'The handset feels solid and the screen is bright. Your phone will keep going in a power cut, and there is never a need to replace that battery with some short lived 9 volt waste of time. Voice quality is the best of any cordless phone I have owned.',
      5,
      'Best phone I have used',
    );
    expect(reply).not.toMatch(/battery life|right to mention|fair point|point about/i);
  });
});
