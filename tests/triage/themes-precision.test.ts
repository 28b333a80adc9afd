import type { SectorGroup } from '@rebound/shared';
import { describe, expect, it } from 'vitest';
import { findThemeHits, themeTaxonomyFor, triageReview } from '../../server/src/triage/index.ts';
import { extendTaxonomy } from '../../server/src/triage/themes.ts';

const themesOf = (group: SectorGroup, rating: number, text: string, title?: string) =>
  triageReview({ rating, text, title }, { sectorGroup: group, taxonomy: themeTaxonomyFor(group) }).themes;

describe('complaint themes take no theme from words that only look like one', () => {
  it('takes no wait from the wait staff, a figure of speech, a next model or a praised short wait', () => {
    const staffOnly = themesOf('food_hospitality', 2, 'The wait staff were rude and the soup was cold.');
    expect(staffOnly).toContain('staff');
    expect(staffOnly).not.toContain('wait');
    expect(
      themesOf('retail', 2, 'But wait, there is more! The speaker crackles and the case is flimsy.'),
    ).not.toContain('wait');
    expect(
      themesOf('retail', 2, 'I should wait for the next generation. The screen is dim and it feels cheap.'),
    ).not.toContain('wait');
    expect(
      themesOf(
        'retail',
        2,
        'The screen is dim and it feels cheap.',
        'Better to wait for the next generation',
      ),
    ).not.toContain('wait');
    expect(
      themesOf(
        'trades_repairs',
        4,
        'They came with the least amount of wait time. The invoice was a bit high.',
      ),
    ).not.toContain('timeliness');
  });

  it('takes a refused rebate as money and a part that keeps breaking as a defect, not a return', () => {
    const rebate = themesOf(
      'retail',
      1,
      'The cash back offer sounded too good to be true, and sure enough they rejected my receipts twice.',
      'Rebate not honored',
    );
    expect(rebate).toContain('price');
    expect(rebate).not.toContain('quality');
    const band = themesOf(
      'retail',
      2,
      'I love how it works. The problem is that the strap keeps breaking. I am on my second one already.',
    );
    expect(band[0]).toBe('defect');
    expect(band).not.toContain('returns');
    expect(themesOf('retail', 2, 'Give them a week of breaking in. The bass is muddy.')).not.toContain(
      'defect',
    );
  });

  it('takes no delivery from warranty papers never received, and no wait from delayed-write errors', () => {
    expect(
      themesOf(
        'retail',
        1,
        'I purchased the 2 yrs warranty for my TV but I never received any information on it.',
      ),
    ).not.toContain('delivery');
    expect(themesOf('retail', 1, 'I ordered it in May and never received it.')).toContain('delivery');
    const drive = themesOf(
      'retail',
      1,
      'This drive suffers from repeated Delayed Write File errors. It is extremely noisy.',
    );
    expect(drive).not.toContain('wait');
    expect(themesOf('retail', 2, 'My order was delayed by two weeks with no word.')).toContain('wait');
  });

  it('still takes the wait from a stated number of minutes', () => {
    expect(
      themesOf(
        'food_hospitality',
        2,
        'It took over 40 minutes to get two burgers. Nobody came to check on us.',
      ),
    ).toContain('wait');
  });

  it('takes no wait from the time of day or from "the worst in a long time"', () => {
    const themes = themesOf(
      'food_hospitality',
      2,
      'We came in late at night. The reception staff were the worst I have met in a long time.',
    );
    expect(themes).toEqual(['staff']);
  });

  it('takes no price from praised prices, no charge, or what a whole trade costs', () => {
    expect(
      themesOf(
        'food_hospitality',
        2,
        'Prices are very reasonable, but the fries were soggy and the burger was bland.',
      ),
    ).toEqual(['food']);
    expect(
      themesOf(
        'health',
        1,
        'The colour came out patchy and the stylist was dismissive. The owner did not charge me.',
      ),
    ).not.toContain('billing');
    expect(
      themesOf('health', 4, 'Yoga can be expensive. The changing room was filthy and smelled of mould.'),
    ).not.toContain('billing');
  });

  it('reads goods called cheap, flimsy or a waste of money as their quality, not their price', () => {
    const themes = themesOf('retail', 1, 'Cheap plasticky junk that feels flimsy. A total waste of money.');
    expect(themes).toContain('quality');
    expect(themes).not.toContain('price');
  });

  it('takes nothing from another product the reviewer owned or compares with', () => {
    const themes = themesOf(
      'retail',
      2,
      'My old Sony broke after a year, so I had to return it. The buttons on this one are hard to press.',
    );
    expect(themes).toContain('usability');
    expect(themes).not.toContain('returns');
    expect(themes).not.toContain('defect');
  });

  it('takes no delivery from a replacement that will arrive, and no return from driving back to the road', () => {
    const arriving = themesOf(
      'retail',
      1,
      'It stopped working after a week. I hope the replacement arrives soon.',
    );
    expect(arriving).toContain('defect');
    expect(arriving).not.toContain('delivery');
    const driving = themesOf(
      'retail',
      1,
      'The GPS lost its signal constantly. When we returned to the highway it could not find a route.',
    );
    expect(driving).not.toContain('returns');
  });

  it('takes no price from "feel" or "feet", no usability from "hard to beat", no delivery from face tracking', () => {
    const taxonomy = themeTaxonomyFor('retail');
    expect(findThemeHits('I feel it is 3 feet too short', taxonomy).map((h) => h.theme)).not.toContain(
      'price',
    );
    expect(themesOf('retail', 5, 'Works great and the sound is clear. Hard to beat for the money.')).toEqual(
      [],
    );
    expect(
      themesOf('retail', 2, 'The face tracking is slow and inaccurate, so the video is blurry.'),
    ).not.toContain('delivery');
  });

  it('never makes a praised aspect a complaint theme', () => {
    const themes = themesOf(
      'food_hospitality',
      2,
      'While the service was great, I was very disappointed with the ravioli. The sauce was bland.',
    );
    expect(themes).toEqual(['food']);
  });
});

describe('praise said with a negation is criticism', () => {
  it('keeps the theme of an aspect or a price that is not praised', () => {
    expect(
      themesOf('food_hospitality', 2, "The service wasn't great and the prices aren't good either."),
    ).toEqual(expect.arrayContaining(['staff', 'price']));
    expect(themesOf('retail', 1, "It isn't worth the money. Flimsy.")).toEqual(['quality']);
  });
});

describe('complaint themes name the headline complaint', () => {
  it('reads too few people working as a staffing complaint', () => {
    expect(
      themesOf(
        'food_hospitality',
        2,
        'The place was understaffed, with only one person working the counter on a Saturday.',
      ),
    ).toContain('staff');
    expect(themesOf('retail', 1, 'I received no help at all. The girl was too busy chatting.')).toContain(
      'staff',
    );
  });

  it('reads what was out of stock as stock', () => {
    expect(
      themesOf('food_hospitality', 2, 'They were out of onion rings and the fries were cold.'),
    ).toContain('stock');
    expect(
      themesOf('retail', 2, 'The shelves were empty and the paint I wanted was out of stock again.'),
    ).toContain('stock');
  });

  it('keeps a plainly stated complaint beside a critical one in an unhappy review', () => {
    const themes = themesOf(
      'food_hospitality',
      2,
      'It took over 40 minutes to get our burgers. They were out of onion rings. There were gnats.',
    );
    expect(themes).toEqual(expect.arrayContaining(['wait', 'stock', 'cleanliness']));
  });

  it('reads food handled with bare hands as a hygiene complaint', () => {
    expect(
      themesOf(
        'food_hospitality',
        1,
        'The worker grabbed the nuts with his bare hands. Gross, please use tongs.',
      ),
    ).toContain('cleanliness');
  });

  it('reads unanswered emails as communication', () => {
    expect(
      themesOf('retail', 1, 'The drive died after a month. I emailed twice and have not received a reply.'),
    ).toContain('communication');
  });

  it('tags the plain quibble of a happy review', () => {
    expect(
      themesOf(
        'food_hospitality',
        4,
        'Nice property and the room was nice. Only issue was the pillows were awful and lumpy.',
      ),
    ).toContain('room');
    expect(
      themesOf(
        'food_hospitality',
        4,
        'I love the cakes here, but the service was not that friendly. The staff do not seem to want to be there.',
      ),
    ).toContain('staff');
    expect(
      themesOf(
        'retail',
        4,
        'Good phone overall and the screen is sharp. My only complaint is that there is no speakerphone.',
      ),
    ).toContain('features');
    expect(
      themesOf(
        'retail',
        4,
        'Decent radio for the car. The constant hiss and interference near power lines is annoying.',
      ),
    ).toContain('defect');
    expect(
      themesOf(
        'food_hospitality',
        4,
        'They have an excellent wine but the dishes were not as fabulous as they said.',
      ),
    ).toEqual(['food']);
  });

  it('hears noise complained of in a happy review', () => {
    expect(
      themesOf(
        'food_hospitality',
        4,
        'The staff were lovely and the rooms spacious. The walls are paper-thin and I heard a lot of noise from the next room.',
      ),
    ).toContain('noise');
  });

  it('reads a hotel room that was not cleaned as cleanliness as well as the room', () => {
    const themes = themesOf(
      'food_hospitality',
      2,
      'The lobby was nice. However, the room was not properly cleaned and the carpet was stained.',
    );
    expect(themes).toContain('cleanliness');
  });

  it('reads an old carpet in a hotel as a complaint about the room, not as a review with no theme', () => {
    const themes = themesOf(
      'food_hospitality',
      2,
      'The staff were lovely and helpful at check in. Sadly the halls looked tired, the carpet was old. Would not stay again.',
    );
    expect(themes).toEqual(['room']);
  });
});

describe('theme terms', () => {
  it('lets the longer of two overlapping terms decide the theme', () => {
    const taxonomy = themeTaxonomyFor('food_hospitality');
    expect(findThemeHits('the wait staff', taxonomy).map((h) => h.theme)).toEqual(['staff']);
    expect(findThemeHits('slow service', themeTaxonomyFor('retail')).map((h) => h.theme)).toEqual(['wait']);
  });

  it('reads # in a term as a number in digits or words', () => {
    const taxonomy = extendTaxonomy({}, { slow: ['took # days'] });
    expect(findThemeHits('it took ten days', taxonomy).map((h) => h.term)).toEqual(['took ten days']);
    expect(findThemeHits('it took 10-15 days', taxonomy).map((h) => h.term)).toEqual(['took 10-15 days']);
    expect(findThemeHits('it took days', taxonomy)).toEqual([]);
  });
});

describe('effort, wishes and advice are not complaints of their own', () => {
  it('takes no wait from minutes spent getting a thing off, and finds the struggle instead', () => {
    const themes = themesOf(
      'retail',
      1,
      'Once attached to my son’s computer it was almost impossible to remove. It took 10 minutes to get it off.',
    );
    expect(themes).not.toContain('wait');
    expect(themes).toContain('usability');
  });

  it('takes no wait from a wait only wished for', () => {
    expect(
      themesOf(
        'retail',
        4,
        'Great picture. Had I known, I would have waited for the bigger model. The stand wobbles.',
      ),
    ).not.toContain('wait');
  });

  it('takes no return from advice to buy cover, and the blown lamp as the fault', () => {
    const themes = themesOf(
      'retail',
      2,
      'The unit worked up to about 1200 hours, then the lamp blew. Short lamp life, so get the extended warranty.',
    );
    expect(themes).not.toContain('returns');
    expect(themes).toContain('defect');
  });

  it('finds an armband that slides down, not the replacement the buyer is looking for', () => {
    const themes = themesOf(
      'retail',
      2,
      'The band barely fits my arm and tends to slide down while running. Looking for a replacement right now.',
    );
    expect(themes).toContain('usability');
    expect(themes).not.toContain('returns');
  });

  it('takes no price from prices praised in two words', () => {
    expect(
      themesOf(
        'trades_repairs',
        5,
        'Fair and honest prices. A part he installed died after 3 weeks, and he replaced it straight away.',
      ),
    ).not.toContain('price');
  });
});
