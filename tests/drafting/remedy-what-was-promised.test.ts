import { describe, expect, it } from 'vitest';
import { everyWording, judged, offered, stepFor } from './remedy-helpers.ts';

const store = judged('electronics-store');
const salon = judged('salon');
const hotel = judged('hotel');

const labelOf = (step: ReturnType<typeof stepFor>): string =>
  step.kind === 'remedy' ? step.remedy.label : `call:${step.reason}`;

describe('goods the reviewer already returned for a refund', () => {
  const text =
    'Interference from other electronics is a severe problem - I had to return this item for a refund. Who wants a phone you cannot put near a computer?';

  it('are not offered a refund again', () => {
    expect(offered(stepFor(store, text))).toBe('call:settled');
    for (const reply of everyWording(store, text))
      expect(reply).not.toMatch(/\b(?:full refund|full price)\b/i);
  });

  it('a return still to be made is still offered the refund (near miss)', () => {
    const near =
      'Interference from other electronics is a severe problem - I have to return this item for a refund. Who wants a phone you cannot put near a computer?';
    expect(offered(stepFor(store, near))).toBe('refund');
  });
});

describe('a reviewer warning others off the goods', () => {
  const text =
    'The tray broke after a week and the player would not read discs. RUN THE OTHER DIRECTION if someone offers you this player.';

  it('is not offered another of the same', () => {
    expect(offered(stepFor(store, text))).not.toBe('replacement');
    for (const reply of everyWording(store, text)) expect(reply).not.toMatch(/\breplacement|new one\b/i);
  });

  it('a broken unit with no warning is still offered a replacement (near miss)', () => {
    const near = 'The tray broke after a week and the player would not read discs. Very disappointed.';
    expect(offered(stepFor(store, near))).toBe('replacement');
  });
});

describe('a replacement the reviewer had to pay more for', () => {
  const text =
    'The first speaker came broken. I called you and you took the item back promptly. When I tried to have a replacement shipped I was told the price had increased and I was forced to pay the increased price. Not happy.';

  it('is answered with the difference back, not a check on a refund that went fine', () => {
    expect(labelOf(stepFor(store, text))).toBe('a refund of the difference in price');
    for (const reply of everyWording(store, text)) {
      expect(reply).toMatch(/\bdifference in price\b/);
      expect(reply).not.toMatch(/refund for (?:the goods you sent back|your return)/i);
    }
  });

  it('a return with no higher price paid is still seen through as a return (near miss)', () => {
    const near =
      'The first speaker came broken. I called you and you took the item back. Still waiting to hear about my money.';
    expect(labelOf(stepFor(store, near))).not.toMatch(/difference/);
  });
});

describe('a package the hotel did not honour', () => {
  const text =
    'The front desk said we had a park and cruise package when we checked in, and the next morning they said we did not have the package. The manager was rude and said it was our fault.';

  it('is answered with what the package should have saved, not only a call', () => {
    expect(labelOf(stepFor(hotel, text))).toBe('a refund of what the package should have saved you');
    for (const reply of everyWording(hotel, text)) expect(reply).toMatch(/\bpackage should have saved you\b/);
  });

  it('a rude manager with no promise broken gets no such refund (near miss)', () => {
    const near =
      'The front desk manager was rude when we checked in and said it was our fault. Very unprofessional.';
    expect(labelOf(stepFor(hotel, near))).not.toMatch(/package|difference/);
  });
});

describe('a salon redo only where it can put the work right', () => {
  it('is not offered for a buzz cut, which can only grow back', () => {
    const text =
      'My son went in alone and the barber gave him a number 3 buzz cut over his whole head, which is never the cut he asks for. He was so upset.';
    expect(offered(stepFor(salon, text))).not.toBe('redo');
    for (const reply of everyWording(salon, text)) expect(reply).not.toMatch(/free appointment|correct the/i);
  });

  it('is still offered for an uneven cut (near miss)', () => {
    const near =
      'My son went in alone and the barber gave him an uneven cut, lopsided at the back, which is never the cut he asks for. He was so upset.';
    for (const reply of everyWording(salon, near, { count: 3 }))
      expect(reply).toMatch(/free appointment to correct the cut\b/);
  });
});

describe('goods bought elsewhere and already thrown out', () => {
  const text =
    'I bought this stereo at a Big Lots store for about $40. It worked for about a month before it started skipping and the remote went wild. It looks and sounds much better in the dumpster.';

  it('get a call to hear what went wrong, not an offer to chase the maker', () => {
    expect(offered(stepFor(store, text))).toBe('call:settled');
    for (const reply of everyWording(store, text)) expect(reply).not.toMatch(/\bmaker\b/i);
  });

  it('the same goods still kept are not treated as settled (near miss)', () => {
    const near =
      'I bought this stereo at a Big Lots store for about $40. It worked for about a month before it started skipping and the remote went wild.';
    expect(offered(stepFor(store, near))).not.toBe('call:settled');
  });
});
