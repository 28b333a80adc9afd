import { describe, expect, it } from 'vitest';
import { named, replyTo } from './device-helpers.ts';

const DRIVER = /driver you needed/;

describe('a driver missing from the box or the disc is named as the driver', () => {
  it.each([
    'The manual sends you to the Windows 2000 driver on the setup CD, but guess what, it is not on the disk in the box.',
    'The CD that came with it did not have a driver for my system, although the box said it would.',
    'It does not come with drivers for Mac OS X, and the maker offers no help.',
    'The card shipped without drivers of any kind.',
  ])('names the missing driver for %s', (text) => {
    expect(named(text).some((c) => DRIVER.test(c))).toBe(true);
  });

  it('tells the reply of the driver, not a bare "it" with nothing to stand for', () => {
    const reply = replyTo(
      'I fitted the card and the book sent me to the driver folder on the CD in the box - and it is not on the disk in the box, so I had to download it on another PC.',
    );
    expect(reply).toMatch(DRIVER);
    expect(reply).not.toMatch(/\bit(?:'s| is) not on the disk\b/);
  });

  it('does not tell back an "it" missing from the disc when the driver was named a sentence before', () => {
    const reply = replyTo(
      'I fitted the card and the book sent me to the driver folder on the CD in the box. It is not on the disk in the box, so I had to download it on another PC.',
    );
    expect(reply).not.toMatch(/\bit(?:'s| is) not on the disk\b/);
  });

  it.each([
    'The drivers installed fine from the CD, but the card drops the connection every hour.',
    'No drivers needed; it was seen at once, then it died after a week.',
    'It does not come with a stand, and the screen wobbles.',
  ])('names no missing driver for %s', (text) => {
    expect(named(text).some((c) => DRIVER.test(c))).toBe(false);
  });
});

describe('discs that took work before the player would take them are named', () => {
  it('names the struggle to get discs to play', () => {
    expect(
      named(
        'We spent hours cleaning and polishing disks just to get them to play, and often even that failed.',
      ),
    ).toContain('getting your discs to play was such a struggle');
  });

  it('does not read a player that plays discs well as a struggle', () => {
    expect(
      named('I bought new speakers to get it to play louder, and the remote broke in a week.'),
    ).not.toContain('getting your discs to play was such a struggle');
  });
});
