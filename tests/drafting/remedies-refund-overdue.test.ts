import { describe, expect, it } from 'vitest';
import { draftFor, judged, stepFor } from './remedy-helpers.ts';

const store = judged('electronics-store');

describe('the refund for goods sent back that has not come', () => {
  const overdue =
    'The player would only load five songs and a friend could not fix it either. I sent it back and asked for a refund. Six weeks later I have yet to get my $95 back.';

  it('is paid by a date, not answered with a call to see what can be done', () => {
    const step = stepFor(store, overdue);
    expect(step.kind).toBe('remedy');
    if (step.kind === 'remedy') expect(step.remedy.label).toMatch(/refund still owed for your return/);
    const draft = draftFor(store, overdue);
    expect(draft).toMatch(/the refund still owed for your return/);
    expect(draft).toMatch(/\b(?:within|inside) (?:\w+ )?(?:days?|hours)\b/);
  });

  it('is only checked on where the goods went back with nothing said of the money since', () => {
    const sentBack =
      'The player would only load five songs and a friend could not fix it either, so I sent it back.';
    const step = stepFor(store, sentBack);
    expect(step.kind).toBe('call');
    expect(draftFor(store, sentBack)).not.toMatch(/refund still owed/);
  });
});
