import { describe, expect, it } from 'vitest';
import { readSituation } from '../../server/src/triage/index.ts';

const read = (title: string, text: string) =>
  readSituation({ rating: 1, title, text }, { sectorGroup: 'retail' });

describe('a headline that tells the job was not done, without its verb', () => {
  it('reads "Bike not ready as promised" as the complaint, ahead of a side remark in the text', () => {
    const situation = read(
      'Bike not ready as promised',
      'Promised for Friday, still not ready on Tuesday. The workshop looked dirty and messy. Very poor service.',
    );
    expect(situation.item).toBe('the bike');
    expect(situation.problem).toBe('was not ready as promised');
  });

  it('puts back a plural verb and the "still" for "Brakes still not fixed"', () => {
    const situation = read('Brakes still not fixed', 'Third visit this month and they squeal on every hill.');
    expect(situation.item).toBe('the brakes');
    expect(situation.problem).toBe('were still not fixed');
  });

  it('reads no complaint from the reviewer saying they are not ready to give up (near miss)', () => {
    const situation = read(
      'Not ready to give up',
      'I am not ready to give up on this shop yet. The staff are kind.',
    );
    expect(situation.problem).toBeNull();
  });
});
