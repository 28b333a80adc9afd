import { composeDraft } from '@rebound/server/drafting/index';
import { nameComplaints } from '@rebound/server/drafting/name-complaint';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { judged } from './remedy-helpers.ts';

const namedAt = (text: string): string[] => nameComplaints(text, 'food_hospitality').map((n) => n.clause);

function replyFor(text: string, rating = 1): string {
  const profile = judged('restaurant');
  const review = { author: null, rating, text, title: null };
  const triage = triageReview(review, { sectorGroup: sectorGroupOf(profile.sector) });
  const reply = composeDraft(review, triage, profile, { recent: [] }).text;
  return reply.slice(0, reply.lastIndexOf('\n— '));
}

describe('a server cold or haughty towards the table', () => {
  it('names the server, not only that nobody came by', () => {
    const text =
      'The food this time was passable. Our waitress brought drinks and then did not come back for twenty minutes, and she never once acknowledged us. She behaved as if she wanted nothing to do with us. She was flat and monotone and never smiled at us.';
    expect(namedAt(text)[0]).toBe('your server was so cold and offhand with you');
    expect(replyFor(text)).toMatch(
      /your server was so (?:cold and offhand with you|unwelcoming towards you)/,
    );
  });

  it('names a snobby waiter said in passing beside the wait', () => {
    const text =
      'We were seated right away. The waiter seemed off, and on top of that he was terribly snobby and vanished for long spells. The food took ages to come.';
    expect(namedAt(text)).toContain('your server was so cold and offhand with you');
  });

  it('keeps a table left alone as neglect where nothing is said of the manner', () => {
    const text =
      'Our waitress took the order. After that nobody came by for the rest of the night, and she never refilled our water.';
    expect(namedAt(text)).not.toContain('your server was so cold and offhand with you');
    expect(namedAt(text)[0]).toBe('nobody looked after you the way they should have');
  });

  it('does not read a cold dish the waiter brought as a cold waiter', () => {
    const text =
      'The waiter brought out my soup and it was cold, and she was cold too when we stepped outside.';
    expect(namedAt(text)).not.toContain('your server was so cold and offhand with you');
  });
});
