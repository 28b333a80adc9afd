import { nameComplaints } from '@rebound/server/drafting/name-complaint';
import { reportedClause } from '@rebound/server/drafting/reported-clause';
import { describe, expect, it } from 'vitest';

const clauses = (text: string): string[] =>
  nameComplaints(text, 'retail').flatMap((named) => [named.clause, ...named.wordings]);

describe('what a device would not do', () => {
  it('says a player would not play, never that it would not record', () => {
    const said = clauses('The portable player would not play half of my discs and skipped on the rest.');
    expect(said.join(' ')).toMatch(/would not play|playback/);
    expect(said.join(' ')).not.toMatch(/record/);
  });

  it('says a burner would not record, and reads coasters as failed burns', () => {
    expect(clauses('The drive would not burn a single disc.').join(' ')).toMatch(/record/);
    expect(clauses('Half the spindle turned into coasters.').join(' ')).toMatch(/record/);
  });
});

describe('goods that are not reliable', () => {
  it('are named as unreliable, and their age is never told back as the fault', () => {
    expect(clauses('The picture is great, however this product just is not reliable.').join(' ')).toMatch(
      /reliable|rely on/,
    );
    expect(clauses('It has been reliable enough for the price.').join(' ')).not.toMatch(/reliable|rely on/);
    expect(
      reportedClause('It cost me another $600 to get it fixed and it is not even 18 months old.') ?? '',
    ).not.toMatch(/months old/);
  });
});
