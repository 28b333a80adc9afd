import { describe, expect, it } from 'vitest';
import { replyToGoods, storedReplyWhere } from './device-helpers.ts';
import { judged, offered, stepFor } from './remedy-helpers.ts';

// Units sent straight back, two "dead out of the box", are answered on that and on the refund for the return: the
// warranty of a rival the reviewer bought instead ("better warranty than the Reporter") is no dispute over ours, so
// no fresh refund is offered for goods already returned. Discs the reviewer's burner "will not recognize" were not
// recognised; they did not fail to recognise anything.

const shop = judged('electronics-store');
const OFFERS_MONEY_AFRESH =
  /\b(?:arrange|offer|set up|see to) (?:a |the )?(?:full )?refund\b|\brefund of the full price\b/i;

describe('units returned at once, beside a rival the reviewer preferred', () => {
  it('sees the refund for the return home and names the units dead on arrival', () => {
    const draft = storedReplyWhere(/Two were dead out of the box/);
    expect(draft).toMatch(
      /\brefund for your return\b|\bmoney for (?:your return|what you sent back)\b|\bgoods you (?:sent back|returned)\b/,
    );
    expect(draft).not.toMatch(OFFERS_MONEY_AFRESH);
    expect(draft).toMatch(/\b(?:from the start|from the moment it arrived|never worked)\b/);
  });

  it('reads a rival’s better warranty as a comparison, not a dispute', () => {
    const base = 'I bought four of these and returned them immediately. Two were dead out of the box.';
    expect(offered(stepFor(shop, `${base} Better warranty than the Reporter as well.`))).toMatch(
      /^call:(?:returned|refund_pending)$/,
    );
  });

  it('near miss: a warranty the shop would not honour is still a dispute', () => {
    expect(
      offered(
        stepFor(
          shop,
          'I returned it after a week. The warranty claim was refused and I am still owed my money.',
        ),
      ),
    ).not.toBe('call:returned');
  });
});

describe('discs the reviewer’s burner would not recognise', () => {
  it('are said not to have been recognised, never to have failed to recognise a disc', () => {
    const draft = storedReplyWhere(/it will not recognize these discs at all/);
    expect(draft).toMatch(/\bdiscs were not recognised\b|\bwould not recognise the discs\b/);
    expect(draft).not.toMatch(/\bwould not recognise your disc\b/);
  });

  it('near miss: a player that would not recognise the reviewer’s iPod is still told as such', () => {
    expect(
      replyToGoods(
        'The speaker dock will not recognize my iPod at all. Useless.',
        'iHome iPod Speaker Dock',
        1,
      ),
    ).toMatch(/\bwould not recognise your iPod\b/);
  });
});
