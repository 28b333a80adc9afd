import { describe, expect, it } from 'vitest';
import { replyTo } from './happy-drafts.ts';

// "The staff was very professional & courteous. … The waiting area was clean as well.": the people were praised first
// and more warmly. A note that thanks only for the clean waiting area thanks the aside and leaves out the point.

const firstLines = (note: string): string =>
  note
    .split(/(?<=[.!?])\s/)
    .slice(0, 2)
    .join(' ');

describe('staff praised before the thing, and more warmly', () => {
  it('are thanked with it', () => {
    const note = replyTo(
      'auto',
      'I brought my car in for an oil change. The staff was very professional and courteous. The waiting area was clean as well.',
      5,
    );
    expect(firstLines(note)).toMatch(/\bprofessional staff\b/);
  });

  it('leave the lead to a thing praised more warmly (near miss)', () => {
    const note = replyTo(
      'restaurant',
      'We came for dinner on Friday. The staff were nice. The pizza was absolutely amazing, the best I have had in years.',
      5,
    );
    expect(note.split(/(?<=[.!?])\s/)[0]).toMatch(/\bpizza\b/);
    expect(note.split(/(?<=[.!?])\s/)[0]).not.toMatch(/\bstaff\b/);
  });
});
