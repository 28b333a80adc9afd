import { describe, expect, it } from 'vitest';
import { everyWording, judged } from './remedy-helpers.ts';

// A review held for a legal threat, with no incident to name, names the matters it raises neutrally (pests seen in the
// units) rather than "it is a serious matter" about nothing; how people behaved is never named in such a reply.

describe('a review held for a legal threat over pests', () => {
  const text =
    'Worst complex ever. Cockroaches and spiders invade the units and they never follow up on spraying. ' +
    'I am contacting my lawyer about this.';

  it('names the pests in every wording, and concedes nothing', () => {
    for (const draft of everyWording(judged('apartments'), text, { rating: 1, count: 6 })) {
      expect(draft).toMatch(/\bthe pests\b/);
      expect(draft).not.toMatch(/serious matter|infest|our fault|we failed/i);
    }
  });

  it('keeps to general words where the matter is how the reviewer was treated (near miss)', () => {
    const drafts = everyWording(
      judged('apartments'),
      'The manager was rude and dismissive every time I called. I am contacting my lawyer about this.',
      { rating: 1, count: 6 },
    );
    for (const draft of drafts) expect(draft).not.toMatch(/the way you were treated|the pests/);
  });
});
