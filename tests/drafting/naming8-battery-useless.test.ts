import { describe, expect, it } from 'vitest';
import { named } from './device-helpers.ts';

const USELESS = /useless once the battery died|battery dying left it useless/;

describe('a device left useless by its dead battery is named as such', () => {
  it.each([
    'Nobody warns you that once the battery goes dead, the whole player is useless.',
    'When the battery died a year in, the thing became a paperweight.',
  ])('names the dead battery for %s', (text) => {
    expect(named(text).some((c) => USELESS.test(c))).toBe(true);
  });

  it.each([
    'When the battery goes dead it recharges in an hour, but the screen cracked.',
    'The battery is useless, and the player froze twice.',
  ])('names no dead battery for %s', (text) => {
    expect(named(text).some((c) => USELESS.test(c))).toBe(false);
  });
});
