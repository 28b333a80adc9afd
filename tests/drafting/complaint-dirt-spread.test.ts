import { dirtyParts } from '@rebound/server/drafting/main-grievance-frames';
import { nameComplaints } from '@rebound/server/drafting/name-complaint';
import { describe, expect, it } from 'vitest';
import { draftFor, judged, localNegative } from './remedy-helpers.ts';

// "A not very clean room nor bathroom, their beds and linens dirty and old … elevator very small and dirty": dirt
// found all over a stay. "The beds were not clean" narrows it to one part; the reply names the parts, up to three.

const clean = (text: string) =>
  nameComplaints(text, 'food_hospitality').find((c) => c.topic === 'clean')?.clause ?? null;

describe('dirt found in several parts of a stay', () => {
  it('is read part by part, each once, in the order said', () => {
    expect(
      dirtyParts('The room was dirty and the bathroom was filthy. The rooms upstairs were dirty too.'),
    ).toEqual(['room', 'bathroom']);
  });

  it('is told as all of them', () => {
    expect(clean('The room was dirty and the bathroom was filthy.')).toBe(
      'the room and the bathroom were not clean',
    );
    const text = localNegative(304);
    expect(text).toMatch(/not very clean room nor bathroom/);
    expect(draftFor(judged('hotel'), text)).toMatch(/the room, the bathroom and the beds were not clean/);
  });

  it('is told of the one part where only one was dirty (near miss)', () => {
    expect(clean('The bathroom was filthy. The room itself was clean and quiet.')).toBe(
      'the bathroom was not clean',
    );
  });
});
