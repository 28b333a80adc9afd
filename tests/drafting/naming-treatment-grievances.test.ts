import { nameComplaints } from '@rebound/server/drafting/name-complaint';
import { describe, expect, it } from 'vitest';
import { body, draftFor, judged } from './remedy-helpers.ts';

const atSpa = (text: string): string[] => nameComplaints(text, 'health').map((n) => n.clause);

describe('a treatment done badly and left for other clients', () => {
  it('names the work judged sloppy', () => {
    expect(atSpa('Their work was careless and the polish was on my skin.')).toContain(
      'the work itself was so poor',
    );
    expect(atSpa('There work was awful and sloppy.')[0]).toBe('the work itself was so poor');
    // Praise of the work, or a workout, is no grievance.
    expect(atSpa('Their work is great, the work out room less so.')).not.toContain(
      'the work itself was so poor',
    );
  });

  it('names a treatment put aside again and again for other clients', () => {
    expect(atSpa('She kept stopping my pedicure to help other clients who walked in.')[0]).toBe(
      'your treatment kept being put aside while others were seen to',
    );
    // A pause for the phone is not others seen to first.
    expect(atSpa('She stopped my massage to answer the phone once.')).toEqual([]);
  });

  it('puts the botched treatment before a quarrel over the bill', () => {
    const text =
      'Worst salon in town. I sat waiting although I had booked, and they kept stopping my manicure to work on others! Their work was sloppy. Then they tried to overcharge me and pushed for a tip.';
    const names = atSpa(text);
    expect(names.indexOf('the charges were more than you expected')).toBeGreaterThan(0);
    const reply = body(draftFor(judged('spa'), text));
    expect(reply).not.toMatch(/^[^.]*(?:bill|charges)[^.]*\./);
    expect(reply).toMatch(/others were seen to|work itself was so poor|care it needed/);
  });
});
