import { describe, expect, it } from 'vitest';
import { sharedRunsWith } from '../../server/src/drafting/pick-variant.ts';

// An echo of a reply the page's reader has just read stands out more than one of a reply read long before: of two
// wordings of a draft, the one echoing a recent reply counts as sharing more.

const filler = (i: number): string => `Reply ${i} speaks of the weather and the garden only.`;

describe('how much a draft shares with the page, near replies first', () => {
  const draft = 'I will have a full refund with you inside three days of your message.';
  const echo = 'Sorry about the kettle; a full refund can be with you inside three days of your message.';

  it('counts an echo of one of the latest five replies more than the same echo further back', () => {
    const far = [echo, ...Array.from({ length: 6 }, (_, i) => filler(i))];
    const near = [...Array.from({ length: 6 }, (_, i) => filler(i)), echo];
    expect(sharedRunsWith(near)(draft)).toBeGreaterThan(sharedRunsWith(far)(draft));
  });

  it('still counts an echo further back than the latest five', () => {
    const far = [echo, ...Array.from({ length: 6 }, (_, i) => filler(i))];
    expect(sharedRunsWith(far)(draft)).toBeGreaterThan(0);
  });

  it('counts nothing for a draft sharing no words with the page', () => {
    const near = [...Array.from({ length: 6 }, (_, i) => filler(i)), echo];
    expect(sharedRunsWith(near)('Thanks for the kind words about our bread.')).toBe(0);
  });
});
