import { inviteLine } from '@rebound/server/drafting/invite-line';
import { createWriter } from '@rebound/server/drafting/writer';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { checkReply, hasBlocking } from '@rebound/shared';
import { describe, expect, it } from 'vitest';
import { judged } from './remedy-helpers.ts';

const restaurant = judged('restaurant');
const { situation } = triageReview(
  { rating: 1, text: 'We waited an hour for cold food and nobody said sorry.' },
  { sectorGroup: sectorGroupOf(restaurant.sector) },
);
const opening = (line: string) => line.toLowerCase().split(/\s+/).slice(0, 3).join(' ');

/** A page of contact lines, each written after the ones before it, as the reply it closes would be. */
function page(count: number, channel: 'both' | 'phone'): string[] {
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const w = createWriter(restaurant, situation, i * 31, true, lines);
    lines.push(inviteLine(w, '', { channel, detail: '' }));
  }
  return lines;
}

describe('the contact line across a page of replies', () => {
  it('a number to ring is given in nine ways before any opening comes round again', () => {
    const lines = page(9, 'phone');
    for (const line of lines) {
      expect(line).toContain(restaurant.contactPhone);
      // Told in words the safety check knows as an invitation, so the number is never read as someone's private one.
      expect(hasBlocking(checkReply(line, { reviewText: '', businessContacts: [] })), line).toBe(false);
    }
    expect(new Set(lines.map(opening)).size, lines.join('\n')).toBe(9);
  });

  it('no two of a page of sixteen lines with a number and an address open alike', () => {
    const lines = page(16, 'both');
    for (const line of lines) expect(line).toContain(restaurant.contactEmail);
    expect(new Set(lines.map(opening)).size, lines.join('\n')).toBe(16);
  });
});
