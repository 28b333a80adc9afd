import { findPeople } from '@rebound/server/triage/situation/praise';
import { describe, expect, it } from 'vitest';
import { replyTo } from '../drafting/sample-drafts.ts';

// "Mike is so knowledgeable": a first name that is also a word ("mike", "bill", "frank"), capitalised and praised as
// only a person is, is thanked by name, never as "the mike".

describe('a first name that is also a word', () => {
  it('is a person when praised as one', () => {
    expect(
      findPeople('Great hardware store. Mike is so knowledgeable and found the right fittings.'),
    ).toContain('Mike');
    expect(findPeople('Frank was very helpful with our order.')).toContain('Frank');
  });

  it('is thanked by name', () => {
    const reply = replyTo(
      'shop',
      'Great hardware store. Mike is so knowledgeable and found the right fittings.',
      5,
    );
    expect(reply).toMatch(/\bMike\b/);
    expect(reply).not.toMatch(/\bthe mike\b/i);
  });

  it('is no person when written as the word (near miss)', () => {
    expect(findPeople('The mike is so clear and the bill was fair.')).toEqual([]);
    expect(findPeople('Great shop. The bill was very reasonable.')).toEqual([]);
  });
});
