import { composeDraft } from '@rebound/server/drafting/index';
import { makersService, productPraise, readPraise } from '@rebound/server/drafting/thanks-praise';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { body, judged } from './remedy-helpers.ts';

// A happy owner who praises a part of what they bought (the picture, the battery life, the sound) is thanked for that
// part; the service a maker gives its owners is the maker's, never the shop's.

const shop = judged('electronics-store');
const subjects = (text: string): string[] => readPraise(text).map((p) => p.subject);

const drafts = (text: string, title: string | null, itemName: string | null): string[] => {
  const r = { author: null, rating: 5, text, title, itemName };
  const triage = triageReview(r, { sectorGroup: sectorGroupOf(shop.sector) });
  return Array.from({ length: 6 }, (_, variant) => body(composeDraft(r, triage, shop, { variant }).text));
};

describe('a part of the product praised is read as the reviewer named it', () => {
  it('reads a drawn-out "soo clear" as praise of the picture', () => {
    expect(subjects('Hooked it up last night. The picture is soo clear, and vivid.')).toContain(
      'the picture',
    );
  });

  it('reads the battery life praised in a list of pros', () => {
    expect(subjects('Pros:\nGreat battery life\nNice grip')).toContain('the battery life');
    expect(subjects('The battery life is excellent on this one.')).toContain('the battery life');
  });

  it('reads the picture whose quality was praised', () => {
    expect(subjects('I was surprised by the fantastic quality of the video picture.')).toContain(
      'the video picture',
    );
    expect(
      subjects('On a screen this small the resolution and quality of the picture is amazing.'),
    ).toContain('the picture');
  });

  it('names the picture in the reply to a cable review', () => {
    for (const d of drafts(
      'Bought these for my new player. The picture is soo clear and vivid, and no interference at all.',
      'Worth it',
      'Acme Component Video Cable',
    ))
      expect(d).toMatch(/\bpicture\b/);
  });

  it('reads "sounded really good" and "easy to register" as praise of the product', () => {
    const sound = productPraise('Once I plugged them in they sounded really good.', null, 'the speakers');
    expect(sound[0]?.how).toBe('good the speakers sound');
    const easy = productPraise('The handset was very easy to register with the base.', null, 'the phone');
    expect(easy[0]?.how).toBe('easy the phone is to register');
  });
});

describe('near misses: no part is named where none was praised', () => {
  it('does not read a life or a quality that is not the product’s', () => {
    expect(subjects('This changed my life, it is great.')).not.toContain('the life');
    expect(subjects('The quality of the packaging was poor.')).toEqual([]);
    expect(subjects('I was not impressed by the quality of the picture.')).not.toContain('the picture');
  });

  it('keeps "sounded good at first" from being praise', () => {
    expect(productPraise('They sounded good at first, then crackled.', null, 'the speakers')).toEqual([]);
  });
});

describe('the maker’s customer support is not thanked as the shop’s', () => {
  it('leaves out the support a maker gives', () => {
    for (const d of drafts(
      'It is small and fits in my laptop bag. I have used Volta products for years. They provide excellent customer support. I recommend their products.',
      'Happy Volta customer',
      'Volta Travel Surge Protector',
    ))
      expect(d).not.toMatch(/support/);
  });

  it('keeps service the reviewer places in the shop', () => {
    const text = 'Great customer service in the store when I bought it.';
    const service = readPraise(text).find((p) => p.subject === 'the customer service');
    expect(service).toBeDefined();
    if (service) expect(makersService(service, text)).toBe(false);
    const maker = 'They provide excellent customer support.';
    const support = readPraise(maker).find((p) => p.subject === 'the customer support');
    if (support) expect(makersService(support, maker)).toBe(true);
  });
});
