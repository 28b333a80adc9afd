import { describe, expect, it } from 'vitest';
import { everyWording, judged } from './remedy-helpers.ts';

// A fault the reviewer adds to the rest ("the little coffee machine also didn't work") is not the point of the review:
// smoke on a floor they asked to be non-smoking, told first and at length, leads the apology.

const hotel = judged('hotel');

describe('a fault added to the rest', () => {
  it('gives way to the grievance the reviewer led with', () => {
    const text =
      'This hotel is absolutely disgusting! We requested a non smoking room, but the entire first floor smelled of ' +
      "smoke!! Rooms are very old and dark. The little coffee machine in the room also didn't work. Stay elsewhere!";
    for (const reply of everyWording(hotel, text, { count: 6 })) {
      const first = reply.split(/(?<=[.!?])\s+/)[0] ?? '';
      expect(first).toMatch(/smoke/);
    }
  });

  it('still leads with the fault the situation read when nothing is added to anything (near miss)', () => {
    const text =
      'The coffee machine in the room did not work, which was annoying. The floor smelled of smoke.';
    const replies = everyWording(hotel, text, { count: 6 });
    expect(replies.some((r) => /^[^.]*coffee machine/.test(r))).toBe(true);
  });
});
