import { describe, expect, it } from 'vitest';
import { storedDeviceReply } from './device-helpers.ts';

// An offer "set up" for the reviewer does not say who it is for twice: "a replacement sent to you at no charge for
// you" and "a full refund with the return postage paid by us for you" read as words piled on. Drafted on real
// electronics reviews whose replies offer a refund or a replacement with its time.

describe('a remedy set up for the reviewer', () => {
  const drafts = [187, 231, 250, 251, 477, 500, 789, 909].map(storedDeviceReply);

  it('is not said to be for them after its own words already say so', () => {
    for (const d of drafts)
      expect(d).not.toMatch(/\b(?:to you|by us|of charge|no charge|no cost|our cost)\b[^.]*\bfor you\b/);
  });

  it('still offers the refund or replacement with the time it will take', () => {
    for (const d of drafts) {
      expect(d).toMatch(/\b(?:refund|replacement|new one)\b/);
      expect(d).toMatch(/\b(?:within|inside) (?:seventy-two hours|three days)\b/);
    }
  });
});
