import { describe, expect, it } from 'vitest';
import { draftWith, stepAs } from './remedies-helpers.ts';
import { body, draftFor, judged, offered } from './remedy-helpers.ts';

const electronics = judged('electronics-store');

describe('a unit that failed is offered the shop’s own replacement or refund, not only a word', () => {
  it.each([
    // "stoped" as the reviewer typed it, after months of use and a reset that did nothing.
    [
      'easy to install, but stop working after 4 months',
      'I bought this print server last winter. Installation was easy. It worked great......for 4 months. Then it just stoped working. I tried unplugging the power and the cable, nothing helped.',
    ],
    // Discs the burner does not see.
    ['Not recognised', 'These discs were not recognizable by my burner at all.'],
  ])('offers a replacement or a refund: %s', (title, text) => {
    const reply = body(draftWith(electronics, text, 2, title));
    expect(reply).toMatch(/\b(?:replacement|new one|refund|money back|full price|what you paid)\b/i);
  });

  it('keeps the call for goods that work but were hard to set up', () => {
    const text = 'It works, but the set-up was a nightmare and took me an evening.';
    expect(stepAs(electronics, text, 2).kind).toBe('call');
  });

  it('offers the money back, not more of the same, to a buyer going for a dearer brand of discs', () => {
    const text =
      'Burned three discs and all were coasters. Skip this brand and go for a more expensive media.';
    expect(offered(stepAs(electronics, text))).toBe('refund');
  });

  it('offers the money back, not another, when the unit came back from the maker with the same fault', () => {
    const text =
      'Five hours after I started using this card my data was corrupted and no formatting would fix it. I sent it to the maker, which was cheaper than driving back to the shop. I got it back yesterday and it had the same problem I sent it in for.';
    expect(body(draftWith(electronics, text, 2, 'A lame card'))).toMatch(
      /\b(?:refund|money back|full price|what you paid)\b/i,
    );
  });
});

describe('goods swapped by their maker are not told as a return on its way to us', () => {
  const swapped =
    'In one year the maker has replaced this fax machine three times. Every time they sent out a replacement by courier along with a box to send back the broken one. The newest replacement jams too. I am done with this brand.';

  it('offers the shop’s refund, with no parcel of ours to wait for', () => {
    const step = stepAs(electronics, swapped);
    expect(offered(step)).toBe('refund');
    expect(body(draftFor(electronics, swapped))).not.toMatch(
      /parcel is with us|your return (?:reaches|is with) us/i,
    );
  });

  it('still sees home the refund for goods sent back to us', () => {
    const text =
      'The printer jammed on every page, so I sent it back to you two weeks ago. The replacement you sent jams too.';
    expect(stepAs(electronics, text).kind).toBe('call');
  });
});
