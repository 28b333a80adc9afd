import { describe, expect, it } from 'vitest';
import { everyWording, judged } from './remedy-helpers.ts';

const store = judged('electronics-store');

describe('harm the reviewer only just escaped', () => {
  it('asks after a fright, never a burn suffered, when the charger "almost burnt my hand"', () => {
    const text =
      'I plugged my Nano into this charger for about 10 minutes and picked it up to check it out - it almost burnt my hand. My Nano is now toast!';
    for (const reply of everyWording(store, text, { count: 4 })) {
      expect(reply).not.toMatch(/\bburn on your hand\b|\byour burn\b|feeling better|healing/i);
      expect(reply).toMatch(/overheating/);
    }
  });

  it('still asks after a burn that was suffered, even beside a near miss (near miss)', () => {
    const text = 'I nearly fell off the stool when it sparked, and then it burnt my hand and left a blister.';
    const replies = everyWording(store, text, { count: 4 });
    expect(replies.every((reply) => /\bburn\b/i.test(reply))).toBe(true);
  });
});
