import { describe, expect, it } from 'vitest';
import { sectorGroupOf, triageReview } from '../../server/src/triage/index.ts';
import { draftFor, judged } from '../drafting/remedy-helpers.ts';

// A member of staff who squares up to a customer ("she got in my face, she got very aggressive") is abuse, held for the
// owner's private reply; the holding reply names it as how they were confronted.

const restaurant = judged('restaurant');
const triage = (text: string) =>
  triageReview({ rating: 1, text }, { sectorGroup: sectorGroupOf(restaurant.sector) });

describe('staff who confront a customer', () => {
  it.each([
    'I asked for the manager and she started arguing with me, she got in my face and waved her hands at me.',
    'The owner got very aggressive with us when we asked about the bill.',
    'When I asked why, the server became threatening towards me.',
  ])('is held as abuse: %j', (text) => {
    const t = triage(text);
    expect(t.situation.incidents).toContain('abuse');
    expect(t.escalation.escalate).toBe(true);
  });

  it('is named as how the reviewer was confronted', () => {
    const reply = draftFor(
      restaurant,
      'I asked for the manager and she started arguing with me. She got in my face and got very aggressive, so we left.',
    );
    expect(reply).toMatch(/how you were confronted/);
  });

  it.each([
    'The dog got aggressive with us at the door, so we sat outside.',
    'The sun was in my face the whole meal and the manager moved us, which was kind.',
    'Aggressive pricing on the wine list, but the manager was lovely.',
  ])('is not read into other words (near miss): %j', (text) => {
    expect(triage(text).situation.incidents).not.toContain('abuse');
  });
});
