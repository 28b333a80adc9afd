import { describe, expect, it } from 'vitest';
import { everyWording, judged } from './remedy-helpers.ts';

// A fit the reviewer says is not too tight is praise of the fit, not a point about it to take on board.

const draftsOf = (text: string) => everyWording(judged('electronics-store'), text, { rating: 4, count: 6 });

const FIT_AS_POINT =
  /point about the fit|mention of the fit|note about the fit|word on the fit|view on the fit|about the fit, too|candid about the fit|fit is well taken|on the fit, and thank/i;

describe('a fit said not to be too tight', () => {
  it('is never answered as a point made against the goods', () => {
    const drafts = draftsOf(
      'Clear sound and a comfortable fit. I did not find them too tight at all, even after a long film. Good value for the price.',
    );
    for (const draft of drafts) expect(draft).not.toMatch(FIT_AS_POINT);
  });

  it('is still taken as a point where the reviewer says the fit is too tight (near miss)', () => {
    const drafts = draftsOf('Clear sound for the money. They are a bit too tight after an hour, though.');
    expect(drafts.some((draft) => FIT_AS_POINT.test(draft))).toBe(true);
  });
});
