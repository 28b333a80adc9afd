import { nameComplaints } from '@rebound/server/drafting/name-complaint';
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
