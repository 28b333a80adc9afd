import { listingNoun } from '@rebound/server/drafting/thanks-listing';
import { describe, expect, it } from 'vitest';
import { draftPage } from './happy-drafts.ts';
import { loadProfile } from './sample-drafts.ts';

const replyFor = (text: string, itemName: string, title = 'Great buy'): string =>
  draftPage(loadProfile('electronics'), [{ text, itemName, title }])[0] ?? '';

describe('a listing of several things is named by the one the review tells of', () => {
  it('an all-in-one whose review is all printing is a printer, not a fax machine', () => {
    const reply = replyFor(
      'This printer is excellent for its price range. It prints fast, it prints well, and I enjoy the double-sided printing. Refilled cartridges work fine in it.',
      'HP Officejet 5610 All-in-One Printer, Copier, Scanner, Fax: Electronics',
      'Excellent three in one for its price range',
    );
    expect(reply).not.toMatch(/\bfax\b/i);
  });

  it('a headset sold "and Software" is not the software', () => {
    const reply = replyFor(
      'This headset is comfortable for hours and callers say I sound clearer than on my old one. Folds up small for travel.',
      'Plantronics DSP-400 Digitally-Enhanced USB Foldable Stereo Headset and Software: Electronics',
    );
    expect(reply).not.toMatch(/\bsoftware\b/i);
  });

  it("a fax the reviewer uses keeps the listing's last word", () => {
    const text = 'The fax works every time and setup took five minutes. Great little unit for a home office.';
    expect(listingNoun('Brother Compact Printer, Copier, Fax: Electronics', text, 'Great buy')).toBe(
      'the Brother fax machine',
    );
  });

  it('a listing of one thing is named as before', () => {
    const text = 'Simple, solid and the photos look great.';
    expect(listingNoun('Canon I-9900 Photo Printer: Electronics', text, null)).toBe('the Canon printer');
  });
});
