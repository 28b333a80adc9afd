import { composeDraft } from '@rebound/server/drafting/index';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { loadProfile } from './sample-drafts.ts';

const store = loadProfile('electronics');
const reply = (text: string, title: string | null = null) => {
  const review = { author: null, rating: 1, text, title };
  const triage = triageReview(review, { sectorGroup: sectorGroupOf(store.sector) });
  return composeDraft(review, triage, store, { recent: [] }).text;
};

describe('the price beside a fault is not the grievance a shop apologises for', () => {
  it('answers headphones that fell apart, not that they were expensive', () => {
    const draft = reply(
      'These headphones are so expensive and they are awful! One side of the cord is longer than the other and the wire was showing. The rubber on the ear bud falls off very easily. They are too expensive for a piece of junk! I bought others after these fell apart.',
      'Awful Headphones!',
    );
    expect(draft).not.toMatch(/expensive|price|the cost|worth the money|good value/i);
  });

  it('answers a keyboard that works part of the time as a fault, not as poor value', () => {
    const draft = reply(
      'Looks beautiful... works about 40% of the time. Be ready to reinstall the software weekly. Very expensive for something that does not work all the time.',
      'Keep your old keyboard',
    );
    expect(draft).not.toMatch(/price|the cost|worth the money|value for/i);
  });

  it('answers a listing that promised more than the goods give', () => {
    const draft = reply(
      'It states in the Technical Details that you can get 450 pictures from this cartridge. This is not true. You actually get a little under 100 pictures from it, and the ink is expensive.',
      'Technical Details Misleading',
    );
    expect(draft).toMatch(/description|listing/i);
    expect(draft).not.toMatch(/short-changed|cost was not what you expected/i);
  });
});
