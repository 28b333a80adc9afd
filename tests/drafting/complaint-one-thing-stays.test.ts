import { nameComplaints } from '@rebound/server/drafting/name-complaint';
import { describe, expect, it } from 'vitest';

// One armband that keeps coming off is "it", never "they would not stay in place": a reply that makes one thing many
// reads as written for someone else.

const clauses = (text: string) => nameComplaints(text, 'retail').map((n) => n.clause);

describe('one thing that will not stay on', () => {
  it('is told as one', () => {
    expect(clauses('This armband is awful. The band comes off multiple times during my workout.')).toContain(
      'it would not stay in place',
    );
    expect(clauses('The case is loose and it will not stay on the phone.')).toContain(
      'it would not stay in place',
    );
  });

  it('earbuds that fall out are still told as many (near miss)', () => {
    expect(clauses('The earbuds keep falling out of my ears when I run.')).toContain(
      'they would not stay in place',
    );
  });
});
