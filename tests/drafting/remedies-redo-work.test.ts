import { describe, expect, it } from 'vitest';
import { labelOf, stepAs } from './remedies-helpers.ts';
import { judged, offered } from './remedy-helpers.ts';

const salon = judged('salon');
const spa = judged('spa');
const service = judged('service');

describe('work that came out wrong in a salon or a spa is offered the free redo', () => {
  it('offers the spa’s free visit for a manicure that chipped within a day', () => {
    const text =
      'Pricey for what it was, easily thirty dollars more than I usually pay. The pedicure was fine, but the manicure is already chipped and two nails have bubbles.';
    expect(offered(stepAs(spa, text, 2))).toBe('redo');
  });

  it('offers the salon’s redo for a blow-dry, told as redoing the blow-dry', () => {
    const text = 'I paid for a blow-dry and the blow-dry was so bad, half my hair was left frizzy.';
    const step = stepAs(salon, text, 2);
    expect(offered(step)).toBe('redo');
    expect(labelOf(step)).toMatch(/redo the blow-dry/);
  });

  it('keeps the call where the treatment was fine and the front desk was not', () => {
    const text = 'My nails look lovely, but the receptionist was rude to me when I paid.';
    expect(stepAs(spa, text, 2).kind).toBe('call');
  });
});

describe('a price quoted and then raised is given back', () => {
  it('refunds the difference, with the redo where the work also came out badly', () => {
    const text =
      'They told me a hem on my dress would be $15 and then rang me up for $25 when I collected it. The hem did not look finished either.';
    const step = stepAs(service, text);
    expect(offered(step)).toBe('refund');
    expect(labelOf(step)).toMatch(/difference from the price you were quoted, and a return visit/);
  });

  it('makes no such offer where the price charged was the one quoted', () => {
    const text =
      'They told me a hem would be $25 and charged me $25. The hem was fine but the shop was messy.';
    expect(labelOf(stepAs(service, text))).not.toMatch(/difference/);
  });
});
