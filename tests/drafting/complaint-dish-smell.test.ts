import { nameComplaints } from '@rebound/server/drafting/name-complaint';
import { describe, expect, it } from 'vitest';
import { draftFor, judged, localNegative } from './remedy-helpers.ts';

// "The rice stank so bad I didn't even touch it": a dish that smelled off. "You had to put up with that smell" reads as
// a smell in the dining room, cut loose from the rice; the reply names the dish.

const clauses = (text: string) => nameComplaints(text, 'food_hospitality').map((c) => c.clause);

describe('a dish that smelled off', () => {
  it('is told as the dish smelling bad', () => {
    expect(clauses('The rice stank so bad I did not even touch it.')).toContain('the rice smelled so bad');
    expect(clauses('The fish smelled like it had been sitting out for days.')).toContain(
      'the fish smelled so bad',
    );
  });

  it('is not read from a dish that smelled good (near miss)', () => {
    expect(clauses('The soup smelled so good but it came out cold.').join(' ')).not.toMatch(/soup smelled/);
  });

  it('names the rice in the reply to the real review', () => {
    const text = localNegative(140);
    expect(text).toMatch(/rice stank/);
    const reply = draftFor(judged('restaurant'), text);
    expect(reply).toMatch(/\bthe rice smelled\b/);
    expect(reply).not.toMatch(/\bthat smell\b/);
  });
});
