import { describe, expect, it } from 'vitest';
import { nameComplaint, nameComplaints } from '../../server/src/drafting/name-complaint.ts';

describe('a failure told after a word of praise is named', () => {
  it('reads goods that worked fine and then suddenly quit as having failed', () => {
    expect(
      nameComplaint('The speakers worked fine for three weeks and all of a sudden they quit.', 'retail')
        ?.clause,
    ).toBe('it stopped working so soon');
  });

  it('still passes over a sentence of praise alone', () => {
    expect(nameComplaint('The speakers worked fine for three weeks in the garden.', 'retail')).toBeNull();
  });

  it('reads people who "can not" hear the reviewer as a microphone fault', () => {
    expect(nameComplaint('Low volume. People can not hear me at the other end.', 'retail')?.clause).toBe(
      'people could not hear you through the microphone',
    );
  });

  it('names one side of the headphones gone dead, not one that is only quieter', () => {
    expect(
      nameComplaint('Within six months the right ear headphone has gone out on both pairs.', 'retail')
        ?.clause,
    ).toBe('the right side went dead');
    expect(nameComplaint('The right side sounds a little quieter than the left.', 'retail')).toBeNull();
  });
});

describe('one side gone dead and the goods said to have quit are one failure', () => {
  it('names the side alone', () => {
    const named = nameComplaints(
      'Two weeks after I bought them the left side went out completely. The things just quit!',
      'retail',
    ).map((n) => n.clause);
    expect(named).toEqual(['the left side went dead']);
  });
});
