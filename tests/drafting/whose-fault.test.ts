import { composeDraft } from '@rebound/server/drafting/index';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { judgedProfile } from './judged/profile.ts';
import { loadProfile } from './sample-drafts.ts';

const shop = loadProfile('shop');
const draft = (text: string) => {
  const r = { author: 'Robin K.', rating: 1, text };
  return composeDraft(r, triageReview(r, { sectorGroup: sectorGroupOf(shop.sector) }), shop).text;
};
// Any of the wording a shop uses when the fault may lie with the maker.
const MAKER = /maker|manufacturer|warranty claim|whoever is at fault|on your own/i;

describe('whose fault a shop reply takes on', () => {
  it('stands behind goods whose maker never answered: the shop’s own remedy, never the maker’s silence owned', () => {
    const reply = draft('The kettle died and the manufacturer never answered my emails.');
    expect(reply).toMatch(/\b(?:refund|replacement|new one)\b/i);
    expect(reply).not.toMatch(
      /\b(?:your|my) (?:calls|emails|messages) (?:went|were|was) (?:unanswered|ignored)/i,
    );
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

describe('a maker’s helpline, software or maps in a shop’s reply', () => {
  it('does not answer an email to the maker’s support as calls the shop left unanswered', () => {
    const reply = draft(
      'The cordless phone was fine for six weeks, then the handset lost the base for good. I contacted Halvorn through their email support and never heard a thing back.',
    );
    expect(reply).not.toMatch(/unanswered|calls and messages|nobody (?:got back|answered)/i);
    expect(reply).toMatch(MAKER);
  });

  it('does not regret how the shop treated someone the maker’s phone line laughed at', () => {
    const reply = draft(
      'Installing the adapter changed my laptop’s login settings without any warning. I called Netgrid, and the woman on their customer support line just laughed and told me to reset the router.',
    );
    expect(reply).not.toMatch(/treated|courtesy|rude|laugh/i);
    expect(reply).toMatch(MAKER);
  });

  it('owns no fault in the maker’s maps or firmware', () => {
    const texts = [
      'The unit is neat and the screen is bright, but the Roadwise maps are full of wrong street names and missing exits.',
      'Lovely camera until the firmware update froze it on the start screen for good.',
    ];
    for (const text of texts) {
      const reply = draft(text);
      expect(reply).not.toMatch(
        /standard we aim for|should have done better|deserved better|fell short|not how it should|our job|not good enough/i,
      );
    }
    expect(draft(texts[0] ?? '')).toMatch(MAKER);
  });
});

describe('one grievance told once', () => {
  const replyFrom = (kind: string, text: string) => {
    const profile = loadProfile(kind);
    const r = { author: null, rating: 2, text };
    return composeDraft(r, triageReview(r, { sectorGroup: sectorGroupOf(profile.sector) }), profile).text;
  };

  it('does not name a smell and then tell the smelly thing back in the next sentence', () => {
    const texts = [
      'The room was spacious, but the towels smelled of damp. Every time I dried off I could smell mildew on the towels!',
      'Lovely view, but the pillows stank of old sweat. I could smell them all night and barely slept.',
    ];
    for (const text of texts) {
      const reply = replyFrom('hotel', text);
      expect(reply.match(/\b(?:smel|stan|stin)\w*/gi)?.length ?? 0, reply).toBeLessThanOrEqual(1);
    }
  });

  it('does not apologise that the order was not right and then that the food was wrong', () => {
    const reply = replyFrom(
      'restaurant',
      'Came in for lunch twice. The first time my order was wrong and I let it go, but the second time it was wrong again. Nothing worse than getting the wrong food.',
    );
    expect(reply.match(/\b(?:wrong|not right|incorrect)\b/gi)?.length ?? 0, reply).toBeLessThanOrEqual(1);
  });

  it('does not name the wrong order again in the remedy', () => {
    const profile = judgedProfile('restaurant');
    const r = {
      author: null,
      rating: 2,
      text: 'Asked for scrambled eggs and got poached, then the plate they sent back out came out wrong as well. My breakfast was wrong twice.',
    };
    const reply = composeDraft(
      r,
      triageReview(r, { sectorGroup: sectorGroupOf(profile.sector) }),
      profile,
    ).text;
    expect(reply).toMatch(/refund/i);
    expect(reply).not.toMatch(/\bdishes that (?:were wrong|were not right|let you down)\b/i);
  });
});

describe('an order held up in the post', () => {
  it('is chased as an order, never taken up with the maker', () => {
    const reply = draft(
      'I paid for standard shipping, which promised 3-5 days. Amazon now tells me it will arrive in two weeks. I called Amazon customer service and they could do nothing.',
    );
    expect(reply).toMatch(/\byour order\b/i);
    expect(reply).not.toMatch(MAKER);
  });
});

describe('the maker’s errand in a reply the team signs', () => {
  it('keeps the team’s voice in the time that follows it', () => {
    const reply = draft('It quit after six weeks. The maker refused to replace it under warranty.');
    expect(reply).toMatch(/\bthe maker\b/i);
    expect(reply).not.toMatch(/\b(?:me|my|I)\b/);
  });
});
