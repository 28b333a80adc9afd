import { describe, expect, it } from 'vitest';
import { draftFor, loadProfile } from './sample-drafts.ts';

const store = loadProfile('electronics');

describe('software said to have left the buyer’s computer dead', () => {
  it('is escalated, and the holding reply names the PC neutrally and admits nothing', () => {
    const draft = draftFor(
      store,
      'During the installation of the software on my PC, the installation program froze my PC completely. I had to turn off the PC, and now it does nothing when I turn it on. Support told me to call my computer vendor.',
    );
    expect(draft.kind).toBe('holding');
    expect(draft.text).toMatch(/what happened to your PC/);
    expect(draft.text).not.toMatch(/our fault|we broke|refund|replace/i);
  });

  it('the same for setup that wiped the drive of a computer that will not boot since', () => {
    const draft = draftFor(store, 'The setup disc wiped my hard drive and now the computer will not boot.');
    expect(draft.kind).toBe('holding');
  });

  it('near misses: a freeze a restart cleared, or a crash with no harm told, is an ordinary complaint', () => {
    for (const text of [
      'The installation program froze my PC completely, but after a restart it worked, so I returned the card.',
      'The software crashed my computer twice. It is slow and buggy and I want my money back.',
    ])
      expect(draftFor(store, text).kind).not.toBe('holding');
  });
});
