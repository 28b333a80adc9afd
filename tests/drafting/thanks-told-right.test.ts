import { composeDraft } from '@rebound/server/drafting/index';
import { recommendedProduct } from '@rebound/server/drafting/thanks-wording';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { bodyOf } from './happy-drafts.ts';
import { judgedProfile } from './judged/profile.ts';

type Told = { text: string; rating?: number; title?: string | null; itemName?: string | null };

/** The thank-you a profile's business drafts for one review, with no replies before it on the page. */
function thanks(profileName: string, { text, rating = 5, title = null, itemName = null }: Told): string {
  const profile = judgedProfile(profileName);
  const review = { author: null, rating, text, title, itemName };
  const triage = triageReview({ rating, text, title }, { sectorGroup: sectorGroupOf(profile.sector) });
  return bodyOf(composeDraft(review, triage, profile, { recent: [] }).text);
}

describe('a product recommended by its owner is thanked in plain English', () => {
  it('no line puts "them" where a subject belongs', () => {
    for (const line of recommendedProduct) {
      const said = line.replaceAll('{item}', 'them');
      expect(said).not.toMatch(/\bthem (?:has|have|is|are|was|were|earned|got|did)\b/);
    }
  });

  it('a pair of speakers recommended to anyone reads right', () => {
    const reply = thanks('electronics-store', {
      text: 'These speakers sound great and the bass is deep. I would highly recommend them to anyone.',
      itemName: 'Altec Lansing 2.1 Speaker System',
    });
    expect(reply).not.toMatch(/\bthem (?:has|have|earned)\b/);
  });
});

describe('only a real thing the reviewer praised is named', () => {
  it('an exclamation ("what a wonderful surprize") names nothing', () => {
    const reply = thanks('electronics-store', {
      text: 'What a wonderful surprize. They took ten minutes to set up and the sound is clear and rich. I would recommend them.',
      itemName: 'Altec Lansing 2.1 Speaker System',
    });
    expect(reply).not.toMatch(/surpri[sz]e/i);
  });

  it('near miss: a thing praised twice, once in an exclamation, is still named', () => {
    const reply = thanks('restaurant', {
      text: 'What a lovely cake! The cake was moist and the frosting was perfect. Thank you Olive for a great birthday.',
    });
    expect(reply).toMatch(/\bcake\b/i);
  });

  it('"print after print" is how often, not a thing', () => {
    const reply = thanks('electronics-store', {
      text: "My experience is that paper from the printer's own brand is best. Then the result is really outstanding print after print. The paper is really top quality.",
      itemName: 'Canon Glossy Photo Paper, 4x6',
    });
    expect(reply).not.toMatch(/print after print/i);
  });
});

describe('the product is what the reviewer bought, not a part set apart or a version not chosen', () => {
  it('a title praising the product "except the cables" never thanks for the cables', () => {
    const reply = thanks('electronics-store', {
      title: 'Excellent product except cables that came with it',
      text: 'This amplifier works as stated and my channels are much sharper. The cables it came with are thin, so swap one for a better one.',
      itemName: 'Motorola Signal Booster',
    });
    expect(reply).not.toMatch(/\bcables\b/i);
  });

  it('a listing that offers a choice ("… or … Handheld") does not name the version not bought', () => {
    const reply = thanks('electronics-store', {
      rating: 4,
      title: 'Pick the right package',
      text: 'I bought the version without the HH software since I have no plans to use one. Storing thousands of points without a computer is awesome. Too bad it only comes in yellow.',
      itemName: 'Trail Logger & Street Atlas 2006 or Trail Logger & Street Atlas 2006 Handheld',
    });
    expect(reply).not.toMatch(/handheld/i);
  });

  it('near miss: a listing of one product for several models keeps its name', () => {
    const reply = thanks('electronics-store', {
      rating: 4,
      text: 'The transmitter works well across the room. The remote is limited, but for my use it is a great product.',
      itemName: 'Kensington Stereo Dock, Charger, and Transmitter for iPod, iPod Mini, or iPod Nano',
    });
    expect(reply).toMatch(/Kensington transmitter|\bit\b/);
    expect(reply).not.toMatch(/\bthe dock\b.*\bthe dock\b/i);
  });
});

// The acknowledgement a practice gives a criticism it may not quote.
const CRITICAL_PARTS = /critical|less rosy|less glowing|candour|even-handed|whole picture|full picture/i;

describe('no criticism is thanked for where the reviewer made none', () => {
  it('a five-star patient who used to dread the dentist hears no word about critical parts', () => {
    const reply = thanks('dental', {
      text: "I, like most people, don't particularly enjoy going to the dentist, but after not going for a few years, it was time to go. I found that lots of people were happy with Dr. Marsh on Elm Street, and after two visits now, I count myself among them. The entire staff is friendly and welcoming, and the doctor himself is very friendly. Unlike some other places, I've never felt like I was being scolded for one thing or another (which is why I used to not like going to the dentist in the first place). The office is well located across from the train station. Thanks to Dr. Marsh and his staff, I don't really dread going to the dentist anymore.",
    });
    expect(reply).not.toMatch(CRITICAL_PARTS);
  });

  it('near miss: a four-star patient who turns to a real fault is still answered', () => {
    const reply = thanks('dental', {
      rating: 4,
      text: 'Dr. Marsh is friendly and explains everything clearly. The hygienist was gentle and thorough. However the wait was over an hour past my appointment time, which was not great.',
    });
    expect(reply).toMatch(CRITICAL_PARTS);
  });
});

describe("a happy reviewer's plain point is acknowledged in one sentence", () => {
  it('earbuds that stop working after months of gym sweat', () => {
    const reply = thanks('electronics-store', {
      rating: 4,
      text: 'The sound of these earbuds is great and they are good value. However the in-ear design catches sweat. After 8-10 months of wearing them at the gym they stop working.',
      itemName: 'Sony Fontopia Earbuds',
    });
    expect(reply).toMatch(/how long they last/);
    expect(reply).not.toMatch(/sorry|apolog|refund|replace/i);
  });

  it('print heads that clog when the printer sits idle', () => {
    const reply = thanks('electronics-store', {
      rating: 4,
      text: 'Linux support for this printer is superb and it prints large drawings well. My main complaint is how easily the heads clog up if it sits for a day or two, which wastes ink.',
      itemName: 'Epson Stylus Photo Printer',
    });
    expect(reply).toMatch(/clogging/);
  });

  it('a grocery with produce past its date', () => {
    const reply = thanks('shop', {
      rating: 4,
      text: 'I shop here every week and the prices cannot be beaten. They carry the most unusual produce in the area. Some produce can be on the verge of going bad, so check the dates on what you buy.',
    });
    expect(reply).toMatch(/freshness/);
  });

  it('near miss: a five-star review of a product bought after the old one died names no fault', () => {
    const reply = thanks('electronics-store', {
      text: 'I needed new speakers after my old ones died after only three months. These sound great and the bass shakes my desk. Great value.',
      itemName: 'Labtec 2.1 Speaker System',
    });
    expect(reply).not.toMatch(/how long|last/i);
  });

  it('near miss: a part that died and was replaced at once is no point to answer', () => {
    const reply = thanks('shop', {
      text: 'Fair and honest prices. A part he installed died after three weeks. He came out the same day and replaced it for nothing.',
    });
    expect(reply).not.toMatch(/how long/i);
  });
});
