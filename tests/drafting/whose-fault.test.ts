import { composeDraft } from '@rebound/server/drafting/index';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { loadProfile } from './sample-drafts.ts';

const shop = loadProfile('shop');
const draft = (text: string) => {
  const r = { author: 'Robin K.', rating: 1, text };
  return composeDraft(r, triageReview(r, { sectorGroup: sectorGroupOf(shop.sector) }), shop).text;
};
// Any of the wording a shop uses when the fault may lie with the maker.
const MAKER = /maker|manufacturer|warranty claim|whoever is at fault|on your own/i;

describe('whose fault a shop reply takes on', () => {
  it('offers to deal with the maker when the reviewer names the maker’s helpline', () => {
    const texts = ['The kettle died and the manufacturer never answered my emails.'];
    for (const text of texts) expect(draft(text)).toMatch(MAKER);
  });

  it('does not take a capital at the start of a sentence for a brand, nor a shop’s name for a carrier', () => {
    expect(draft('Worst customer service I have had in a shop. Nobody helped me at the till.')).not.toMatch(
      MAKER,
    );
    expect(draft('We used this UPS store for years, but the clerk refused to print our labels.')).not.toMatch(
      MAKER,
    );
  });

  it('reads "customer service" as the shop’s own staff unless the reviewer rang or wrote to a helpline', () => {
    const reply = draft(
      'This store has no concept of customer service. The clerk ignored me for ten minutes and then walked off while I was asking about paint.',
    );
    expect(reply).toMatch(/clerk|ignored/i);
    expect(reply).not.toMatch(MAKER);
  });

  it('does not tell back a reviewer’s verdict that they will not return as the grievance', () => {
    expect(draft('The till queue took forty minutes. We won’t be going back.')).not.toMatch(
      /won'?t be going back/i,
    );
  });
});

describe('the shop’s own customer service', () => {
  it('does not offer to take it up with the maker when the helpline named is the shop the reviewer went to', async () => {
    const { composeDraft } = await import('@rebound/server/drafting/index');
    const { sectorGroupOf, triageReview } = await import('@rebound/server/triage/index');
    const { loadProfile } = await import('./sample-drafts.ts');
    const shop = loadProfile('shop');
    const r = {
      author: null,
      rating: 1,
      title: null,
      text: "I went to the Bliss Home furniture store and bought a table. A month later the finish started to peel, so I reached out to Bliss Home's customer service and they promised a repair that never came.",
    };
    const reply = composeDraft(r, triageReview(r, { sectorGroup: sectorGroupOf(shop.sector) }), shop).text;
    expect(reply).not.toMatch(/maker|manufacturer/i);
  });
});
