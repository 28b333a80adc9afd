import { type BusinessProfile, composeDraft } from '@rebound/server/drafting/index';
import { itemNoun } from '@rebound/server/drafting/item-noun';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { loadProfile } from './sample-drafts.ts';

describe('what a shop calls a product, read from the listing its review feed names', () => {
  it('names nothing where the last word of the listing says no kind the shop is sure of', () => {
    // A "Navigator" may be a desktop controller as well as a GPS: the reply names no kind rather than a wrong one.
    expect(itemNoun('Logitech NuLOOQ Navigator (965162-0403): Electronics')).toBeNull();
  });

  it.each([
    [
      'Sennheiser HD600 Traditional Over-Ear Open Dynamic Hi-Fi Professional Stereo Headphones (Black)',
      'the Sennheiser headphones',
    ],
    ['Koss KSC75 Portable Stereophone Headphones: Electronics', 'the Koss headphones'],
    ['Panasonic KX-TG5050W 5.8 GHz Cordless Phone (White): Electronics', 'the Panasonic phone'],
    ['SanDisk Sansa M250 2 GB MP3 Player (Black)', 'the SanDisk player'],
    ['COBY CA989 AC Adapter for Portable Electronics', 'the Coby adapter'],
    // A standard's name keeps its capitals, where a maker's written in capitals does not.
    ['HDMI 2M (6 Feet) Super High Resolution Cable: Electronics', 'the HDMI cable'],
    ['Acoustic Research AW721 900 MHz Wireless Stereo Headphones', 'the Acoustic Research headphones'],
    ['Apple 1 GB iPod Nano White', 'the iPod'],
    ['Garmin City Select v7 CD-ROM Map - North America', 'the Garmin maps'],
    ['Canon LP1319 Soft Lens Case for 16-35mm f/2.8L USM Lenses', 'the Canon case'],
    ['Maxell AA Alkaline Batteries 40 Pack', 'the Maxell batteries'],
    // The kind is the listing's last word: a pad for a mouse is no mouse, covers for earbuds are no earbuds.
    ['Allsop Raindrop Mouse Pad (Blue)', 'the Allsop mouse pad'],
    ['Sony 4 GB High Speed Memory Stick PRO Media (MSX-4GN)', 'the Sony card'],
    ['Memorex 700MB/80-Minute 52x Data CD-R Media (50-Pack Spindle)', 'the Memorex discs'],
    // A colour, a code or a variant after the kind, after a comma or a dash written against the word: the kind stands.
    ['Microsoft Wireless Laser Mouse 5000- Metallic Black ( 63A-00001 ): Electronics', 'the Microsoft mouse'],
    ['SanDisk 512 MB CompactFlash Card, SDCFB-512-A10 (Retail Package): Electronics', 'the SanDisk card'],
    [
      'Motorola T6500R GMRS / FRS Rechargeable Two-Way Radios, Khaki (2 Pack): Electronics',
      'the Motorola radio',
    ],
    ['Case Logic Nylon 280-Disc CD/DVD Wallet: Electronics: Case Logic', 'the wallet'],
    [
      'Monster Cable MB AA 1850-4 Ultra-High Capacity Rechargeable Monster PowerCells: Electronics',
      'the Monster batteries',
    ],
    ['Toshiba D-RW2 DVD Player/Recorder: Electronics', 'the Toshiba player'],
    ['Logitech Precision Plug and Play Gamepad: Electronics', 'the Logitech controller'],
    ['Beltronics Pro RX65 Radar detector: Electronics', 'the Beltronics detector'],
    // Near misses: a count joined to a kind ("3-Speaker") is part of the name, and a dash after the first word only
    // ("Bargaincell- Apple Ipod Rapid Car Charger") does not cut the name short.
    [
      'Klipsch ProMedia 2.1 THX Certified Computer 3-Speaker System (Black): Electronics',
      'the Klipsch speakers',
    ],
    [
      'Bargaincell- Apple Ipod Rapid Car Charger for Ipod / Mini / Nano (1gb 2gb 4gb) / Video: Electronics',
      'the charger',
    ],
    // An access point is no router, though it sits beside one.
    ['Linksys WAP54G Wireless-G Access Point: Electronics', 'the Linksys access point'],
    ['Linksys WRT54G Wireless-G Broadband Router', 'the Linksys router'],
    // A colon inside the name is no department.
    ['Creative Zen Vision: M Video Cable: Electronics', 'the Creative cable'],
    // Once the first part names the kind, what follows a comma is a feature of it: an all-in-one is a printer, a
    // router with a 4-port switch is a router.
    ['HP Officejet 4215 All-in-One Printer, Copier, Scanner, Fax', 'the HP printer'],
    ['D-Link DI-604 Cable/DSL Router, 4-Port Switch: Electronics', 'the D-Link router'],
    [
      'D-Link DWL-G520M Wireless 108G PCI Adapter, 2XR, MIMO, Smart Antenna: Electronics',
      'the D-Link adapter',
    ],
    // A kind right after the maker, followed only by sizes and a pack, is the thing itself.
    ['Memorex DVD+R 16x 4.7GB 50 Pack Spindle: Electronics', 'the Memorex discs'],
    ['Velocity DVD-R 4X 4.7GB, 10-Spindle: Electronics', 'the Velocity discs'],
    // A list that ends "… and Transmitter" names the thing last (near miss).
    [
      'Kensington 33164 Stereo Dock, Charger, and Transmitter for iPod: Electronics',
      'the Kensington transmitter',
    ],
    ['ALLSOP MetalArt Jr. Printer, Monitor or Peripheral Stand: Electronics', 'the Allsop mount'],
    ['RCA eBook Reader (REB1100)', 'the RCA e-reader'],
    ['Sandisk SDDR-99 ImageMate 5-in-1 Reader/Writer (Retail Package)', 'the Sandisk card reader'],
    ['Griffin Technology 4039-EJAM EarJam Earbud Sound Enhancing Covers', 'the Griffin Technology covers'],
    // What it comes without is not what it is, and a describing word is no maker.
    ['Rewritable DVD-RAM Disc Without Cartridge: Electronics', 'the discs'],
    // A maker's line of battery backups is a UPS, whatever else the listing says it does.
    ['APC Back-UPS ES 500 Backup Battery and Surge Protector: Electronics', 'the APC UPS'],
    ['APC BE350U 350VA Back-ups Es: Electronics', 'the APC UPS'],
    // Near miss: a battery pack that backs up an iPod is no UPS.
    ['Griffin Technology 4002-TJUICE TuneJuice Battery Backup for iPod and iPod mini: Electronics', null],
  ])('%s is %s', (listing, noun) => {
    expect(itemNoun(listing)).toBe(noun);
  });

  it.each([
    // A maker named after a kind of thing does not make the product that thing.
    'Monster Cable MP HTS 1000 PowerCenter with Clean Power Stage 2 (v.2.0)',
    '2-Year Service Plan for Televisions $200 to $999.99',
    '',
    null,
  ])('names nothing from %j', (listing) => {
    expect(itemNoun(listing)).toBeNull();
  });
});

describe('a thank-you for a product review whose feed names the product', () => {
  const store: BusinessProfile = loadProfile('electronics');
  const reply = (text: string, itemName: string | null): string => {
    const review = { author: null, rating: 5, text, title: null, itemName };
    return composeDraft(review, triageReview(review, { sectorGroup: sectorGroupOf(store.sector) }), store, {
      recent: [],
    }).text;
  };

  it('names the product as the shop would, once, and then says "they" or "them"', () => {
    const text = 'Great value for the money, I use them every day on the train.';
    const named = reply(text, 'Koss KSC75 Portable Stereophone Headphones');
    expect(named).toContain('the Koss headphones');
    expect(named.split('the Koss headphones').length - 1).toBe(1);
    expect(named).not.toMatch(/your purchase/);
  });

  it('reads the product from the review itself when the feed names none', () => {
    expect(reply('Great value for the money, I use them every day on the train.', null)).not.toMatch(/Koss/);
  });
});
