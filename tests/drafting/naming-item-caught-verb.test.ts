import { describe, expect, it } from 'vitest';
import { replyTo } from './device-helpers.ts';

describe('a fault verb read into the item is not told twice', () => {
  it('names the part without the verb caught in it', () => {
    const reply = replyTo(
      'The folding stand breaks very easily. I had two of them and they both broke within a month. Poor product.',
    );
    expect(reply).not.toMatch(/breaks broke/);
    expect(reply).toMatch(/folding stand broke/);
  });

  it('keeps a part named plainly', () => {
    const reply = replyTo('The folding stand broke within a month. Poor product.');
    expect(reply).toMatch(/folding stand/);
  });
});
