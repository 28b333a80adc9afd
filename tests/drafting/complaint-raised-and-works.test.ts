import { nameComplaints } from '@rebound/server/drafting/name-complaint';
import { describe, expect, it } from 'vitest';
import { judged } from './remedy-helpers.ts';
import { draftFor } from './sample-drafts.ts';

const hotel = judged('hotel');
const clauses = (text: string): string[] => nameComplaints(text, 'food_hospitality').map((n) => n.clause);

describe('building work heard in the sentence after it is told', () => {
  const text =
    'The hotel is in the middle of a renovation. Banging and drilling start at seven every morning, so forget a lie-in. Nobody could tell us when it would end.';

  it('names the noise as the building work', () => {
    expect(clauses(text)).toContain('the building work made so much noise');
    expect(draftFor(hotel, text, 1).text).toMatch(/building work (?:made so much noise|disturbed you)/);
  });

  it('is not read where no building work is told (near miss)', () => {
    expect(clauses('Banging doors in the hallway kept us up. The bed was lumpy.')).not.toContain(
      'the building work made so much noise',
    );
  });
});

describe('a guest brushed off when they raised the fault', () => {
  it('is answered for how the concern was received, beside the fault itself', () => {
    const text =
      'This hotel is undergoing construction. Loud noises begin early in the morning. I was very disappointed by the reaction of the staff when I brought it to their attention.';
    const reply = draftFor(hotel, text, 1).text;
    expect(reply).toMatch(/building work (?:made so much noise|disturbed you)/);
    expect(reply).toMatch(/not taken seriously when you raised it/);
  });

  it('is not read from a complaint that was put right at once (near miss)', () => {
    expect(
      clauses('The room was noisy. When I complained, they moved us to a quieter room straight away.'),
    ).not.toContain('your concern was not taken seriously when you raised it');
  });
});
