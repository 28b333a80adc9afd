import { describe, expect, it } from 'vitest';
import { everyWording, judged } from './remedy-helpers.ts';

// Fees a reviewer says were hidden are told as costs that took them by surprise (which concedes nothing), never as a
// final bill a gym membership never had; a charge added "without telling us" is the charge's complaint, not a call
// that never came; and a no-show the reviewer names in their own words is not told twice.

describe('fees told as hidden', () => {
  it('are told as costs that took the reviewer by surprise, not as a final bill', () => {
    for (const d of everyWording(
      judged('gym'),
      'Think twice about joining this gym. There are many hidden fees in the application and cancellation process. They need 30 days notice.',
      { rating: 2 },
    )) {
      expect(d).toMatch(/costs you (?:did not|had not) expect/);
      expect(d).not.toMatch(/final bill|bill came to/);
    }
  });

  it('still tells an overcharge as charges above what was expected (near miss)', () => {
    for (const d of everyWording(
      judged('restaurant'),
      'We were overcharged on the bill and the manager would not fix it.',
      { rating: 1 },
    ))
      expect(d).not.toMatch(/took you by surprise|caught out by costs/);
  });
});

describe('"without telling us"', () => {
  it('said of a charge is not read as nobody calling', () => {
    for (const d of everyWording(
      judged('restaurant'),
      'They added a hidden service charge to our bill without telling us. The food was fine.',
      { rating: 2 },
    ))
      expect(d).not.toMatch(/nobody (?:called|rang)|not kept informed/);
  });

  it('said of a visit cancelled is still read as nobody letting them know, beside the no-show told once', () => {
    for (const d of everyWording(
      judged('service'),
      'The plumber never showed up. They cancelled without telling us and we took a day off work.',
      { rating: 1 },
    )) {
      expect(d).toMatch(/nobody (?:called|rang)|not kept informed/);
      const noShow = d.match(
        /never showed up|did not turn up|no one arrived at the time|not turn up as arranged/g,
      );
      expect(noShow?.length ?? 0, d).toBeLessThanOrEqual(1);
    }
  });
});
