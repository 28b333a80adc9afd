import { describe, expect, it } from 'vitest';
import { body, draftFor, judged } from './remedy-helpers.ts';

const shop = judged('electronics-store');

describe('a poor signal-to-noise ratio', () => {
  it('is hiss in the sound, not poor reception', () => {
    const text =
      'These speakers are a letdown. The sound is full of hiss, a very poor signal-to-noise ratio. Stay away.';
    expect(body(draftFor(shop, text))).not.toMatch(/\breception\b/);
  });

  it('while a poor signal on a radio is still named as reception (near miss)', () => {
    const text =
      'This radio is a letdown. Very poor signal anywhere in the house, even near the window. Stay away.';
    expect(body(draftFor(shop, text))).toMatch(/\breception was so poor\b/);
  });
});
