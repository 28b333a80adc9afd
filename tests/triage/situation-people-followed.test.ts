import { describe, expect, it } from 'vitest';
import { readSituation } from '../../server/src/triage/index.ts';

const peopleIn = (text: string) => readSituation({ rating: 5, text }, { sectorGroup: 'health' }).people;

describe('a stylist the reviewer followed from another salon', () => {
  it('reads a person followed from an old salon, even when the name is also a word', () => {
    expect(
      peopleIn(
        'I followed Billy to this salon three years ago and have never looked back. The place is clean and calm.',
      ),
    ).toContain('Billy');
  });

  it('reads no person from a map followed, or a product praised after "and" (near misses)', () => {
    expect(peopleIn('We followed Google Maps to the door, and the staff were kind.')).toEqual([]);
    expect(peopleIn('The shampoo smells nice and Chrome is great for booking online.')).toEqual([]);
  });
});
