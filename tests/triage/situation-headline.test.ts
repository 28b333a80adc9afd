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

describe('how long a setup step took', () => {
  it('is no complaint of the software, told in passing before the real fault', () => {
    const situation = readSituation(
      {
        rating: 1,
        title: null,
        text: 'The software took about 10 minutes to install. Then the program said there was no camera attached.',
      },
      { sectorGroup: 'retail' },
    );
    expect(situation.item).not.toBe('the software');
    expect(situation.problem ?? '').not.toMatch(/^took/);
  });

  it('still reads a dish that took forty minutes as the complaint (near miss)', () => {
    const situation = readSituation(
      { rating: 2, title: null, text: 'The food took 40 minutes and the waiter never came back.' },
      { sectorGroup: 'food_hospitality' },
    );
    expect(situation.problem).toBe('took 40 minutes');
  });
});

describe('a headline told with an -ing form and no verb', () => {
  it('puts back "are" for "Gears still slipping"', () => {
    const situation = read(
      'Gears still slipping',
      'Had them indexed last week. Expected better for the price.',
    );
    expect(situation.item).toBe('the gears');
    expect(situation.problem).toBe('are still slipping');
  });

  it('puts back "is" for a single thing, and reads the text\'s own "is still leaking"', () => {
    expect(read('Tap still dripping', 'Called twice about it.').problem).toBe('is still dripping');
    const situation = read('Plumbing visit', 'The kitchen tap is still leaking after the visit.');
    expect(situation.item).toBe('the kitchen tap');
    expect(situation.problem).toBe('is still leaking');
  });

  it('reads no fault from "still" before an -ing word of praise (near miss)', () => {
    expect(read('Still smiling', 'Two weeks on and the bike rides like new.').problem).toBeNull();
  });
});
