import { describe, expect, it } from 'vitest';
import { replyToGoods, storedReplyWhere } from './device-helpers.ts';

// A flash drive whose U3 software "defeats the main purpose" of a fast drive is answered on the software, and not
// with another drive that carries it too. A freeze the reviewer tells of once ("and actually freezing a computer") is
// said once; one that "freezes constantly" is a habit.

const HABIT = /\b(?:kept (?:freezing|locking up)|again and again)\b/;

describe('a flash drive loaded with U3 software', () => {
  it('is answered on the software, a freeze told once as once, and no drive like it offered', () => {
    const draft = storedReplyWhere(/mere existence of a software layer/);
    expect(draft).toMatch(/\bU3 software\b/);
    expect(draft).not.toMatch(HABIT);
    expect(draft).not.toMatch(/\breplacement\b|\bnew one\b/);
  });

  it('near miss: a freeze told as constant is still a habit', () => {
    expect(
      replyToGoods('It freezes constantly and I have to pull the battery.', 'Palm Tungsten E2 Handheld'),
    ).toMatch(HABIT);
  });
});
