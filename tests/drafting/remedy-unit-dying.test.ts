import { isUnitFault } from '@rebound/server/drafting/choose-remedy';
import { describe, expect, it } from 'vitest';
import { everyWording, judged } from './remedy-helpers.ts';

// Goods that died in use, told in words other than "broke" or "stopped working": disks that "all started dying" with
// bad sectors, a bike that "quit running", a phone that "lasted 5 months". The shop's own refund or replacement
// answers them, where a call would only ask the buyer to tell it all again.

const DISKS =
  'I bought 1 40 pack of these disks so that I could create a set of Windows 95 setup disks. They worked to install windows once and then they all started dying. I went to run Windows setup and got halfway through and got a "cannot read from device" error. After that I ran scandisk on all of them and only 1 disk didnt have bad sectors.';

describe('goods that died in use', () => {
  it('are read as a unit fault however the failure is told', () => {
    expect(isUnitFault('They worked once and then they all started dying.')).toBe(true);
    expect(isUnitFault('Only one disk did not have bad sectors.')).toBe(true);
    expect(isUnitFault('After a while it just quit running altogether.')).toBe(true);
    expect(isUnitFault('It lasted 5 months.')).toBe(true);
    expect(isUnitFault('The bike did not run right from the beginning.')).toBe(true);
    expect(isUnitFault('The battery did not stay charged.')).toBe(true);
  });

  it('get a refund or a replacement, not only a call', () => {
    for (const draft of everyWording(judged('electronics-store'), DISKS, { rating: 1, count: 6 }))
      expect(draft).toMatch(/\brefund|\breplacement|\bmoney back\b|\bthe full price\b|\bthe whole amount\b/);
  });

  it('near miss: dying to try it, or a battery that lasted five hours, is no fault', () => {
    expect(isUnitFault("I'm dying to try the new model.")).toBe(false);
    expect(isUnitFault('The battery lasted 5 hours on a charge.')).toBe(false);
    expect(
      isUnitFault('It lasted 5 months of daily use and still looks new, though the menus are slow.'),
    ).toBe(false);
  });
});
