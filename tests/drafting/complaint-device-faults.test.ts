import { describe, expect, it } from 'vitest';
import { replyTo } from './sample-drafts.ts';

describe('a device fault is told as the reviewer had it', () => {
  it('never tells a drive that crashed and burned as one that kept freezing', () => {
    const reply = replyTo(
      'electronics',
      'I loved my little 5GB drive, even after the first one crashed and burned. But the second one died too, and I cannot forgive that.',
      1,
    );
    expect(reply).not.toMatch(/freez|locking up|froze/i);
  });

  it('still tells a program that crashes as one that kept freezing', () => {
    const reply = replyTo(
      'electronics',
      'The media player crashes every time I open a playlist. Useless.',
      1,
    );
    expect(reply).toMatch(/freez|locking up|froze/i);
  });

  it('never tells a static streak across the picture as poor sound', () => {
    const reply = replyTo(
      'electronics',
      'The VCR played tapes so badly there was always a white static streak across the bottom of the screen. I sent it back.',
      1,
    );
    expect(reply).not.toMatch(/sound/i);
  });
});
