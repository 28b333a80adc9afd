import type { SectorGroup } from '@rebound/shared';
import { describe, expect, it } from 'vitest';
import { chooseNextStep } from '../../server/src/drafting/choose-remedy.ts';
import { themeTaxonomyFor, triageReview } from '../../server/src/triage/index.ts';
import { judgedProfile } from '../drafting/judged/profile.ts';

const themesOf = (group: SectorGroup, rating: number, text: string, title?: string) =>
  triageReview({ rating, text, title }, { sectorGroup: group, taxonomy: themeTaxonomyFor(group) }).themes;

describe('the fault is tagged, not the return the buyer made because of it', () => {
  it('tags the fault of goods the reviewer is sending back, and drops the return they only told of', () => {
    const themes = themesOf(
      'retail',
      1,
      'The reel on this extension lead worked once. Now it only retracts a few inches. I am sending it back for a refund.',
    );
    expect(themes).toContain('defect');
    expect(themes).not.toContain('returns');
    const failed = themesOf(
      'retail',
      2,
      'I returned the first kettle because it leaked. The replacement jammed its lid after a week.',
    );
    expect(failed).toContain('defect');
    expect(failed).not.toContain('returns');
  });

  it('keeps the return when the return itself went badly, or when nothing else is said', () => {
    const refused = themesOf(
      'retail',
      1,
      'The toaster stopped working in a week and the shop refused to refund me without the original box.',
    );
    expect(refused).toEqual(expect.arrayContaining(['defect', 'returns']));
    expect(themesOf('retail', 2, 'Bought it on Monday, returned it on Friday.')).toEqual(['returns']);
  });
});

describe('a fault, a design, a missing fit and a wrong item are told apart from "quality"', () => {
  it('reads goods that gave out after a while, jam or streak as a defect', () => {
    expect(themesOf('retail', 1, 'Nice enough at first. Then it just quit after six weeks.')).toContain(
      'defect',
    );
    const printer = themesOf('retail', 1, 'Had it a year. The drum streaks every page and the tray jams.');
    expect(printer).toContain('defect');
    expect(printer).not.toContain('quality');
  });

  it('reads a stand that topples or a case with no opening as design', () => {
    const stand = themesOf(
      'retail',
      1,
      'The lamp stand topples over if you brush past it. Not steady at all.',
    );
    expect(stand).toContain('design');
    expect(stand).not.toContain('quality');
    expect(
      themesOf(
        'retail',
        2,
        'The sleeve has no opening for the headphone jack, so you must take the phone out.',
      ),
    ).toContain('design');
    // Near miss: a flimsy case that cracked is made badly, not laid out badly.
    const cracked = themesOf('retail', 2, 'The case is flimsy and it cracked in a week.');
    expect(cracked).not.toContain('design');
  });

  it("still offers a shop's buyer the money back or another unit for goods badly laid out", () => {
    const store = judgedProfile('electronics-store');
    const text = 'The speaker stand topples over at the slightest touch. Not steady at all.';
    const triage = triageReview({ rating: 1, text }, { sectorGroup: 'retail' });
    expect(triage.themes).toEqual(['design']);
    const step = chooseNextStep(store.remedies, triage.situation, triage.themes, {
      regulated: false,
      reviewText: text,
      knowsProblem: true,
    });
    expect(step.kind === 'remedy' ? step.remedy.kind : 'call').toMatch(/^(?:refund|replacement)$/);
  });

  it('reads goods that will not work with other software or kit as a missing fit, not a defect', () => {
    const themes = themesOf(
      'retail',
      1,
      'It simply will not work with my Linux laptop, whatever driver I try.',
      "Doesn't work with Linux",
    );
    expect(themes).toContain('features');
    expect(themes).not.toContain('defect');
    // Near miss: goods that do not work at all are faulty.
    const dead = themesOf('retail', 1, 'It does not work. The light never comes on.');
    expect(dead).toContain('defect');
    expect(dead).not.toContain('features');
    // Near miss: a fit the buyer only feared, in a happy review.
    expect(
      themesOf(
        'retail',
        4,
        'I was worried it would not work with my old stereo, but it does. The remote is a bit small.',
      ),
    ).not.toContain('features');
  });

  it('reads the wrong goods sent as the order, not as usability or delivery', () => {
    const themes = themesOf(
      'retail',
      1,
      'I asked for the 12 volt adapter. They shipped the wrong model twice, and still cannot send the right one.',
    );
    expect(themes).toContain('order');
    expect(themes).not.toContain('usability');
    expect(themes).not.toContain('delivery');
    // Near miss: a buyer comparing models names no wrong item.
    expect(
      themesOf('retail', 2, 'I had a different model last year. This one hums loudly at any volume.'),
    ).not.toContain('order');
  });
});

describe('a long wait for a repair or replacement is a wait', () => {
  it('tags weeks of waiting for a warranty replacement', () => {
    const themes = themesOf(
      'retail',
      1,
      'The handset died after a month. The maker will swap it, but it could take up to four weeks to get the new one.',
    );
    expect(themes).toEqual(expect.arrayContaining(['defect', 'wait']));
  });

  it('takes no wait from how long the goods were used', () => {
    expect(themesOf('retail', 1, 'I used it for 3 weeks before it died.')).not.toContain('wait');
  });
});

describe('price is tagged where the price is the complaint, not from an idiom or an aside', () => {
  it('takes no price from "at all costs", from an hour not worth spending, or from a bill waited for', () => {
    const avoid = themesOf('retail', 1, 'The screen died on day two. Avoid this monitor at all costs.');
    expect(avoid).toContain('defect');
    expect(avoid).not.toContain('price');
    const sat = themesOf(
      'food_hospitality',
      2,
      'The pasta was fine, but not worth the hour we sat waiting for our bill.',
    );
    expect(sat).not.toContain('price');
    expect(sat).toContain('wait');
    const aside = themesOf(
      'retail',
      1,
      'The print head clogs after every few pages, which is maddening considering the ink costs.',
    );
    expect(aside).not.toContain('price');
  });

  it('tags a dish priced in the complaint, and a value complaint in plain words', () => {
    const themes = themesOf(
      'food_hospitality',
      2,
      'Two tiny meatballs were $9! I felt ripped off by the sad portion.',
    );
    expect(themes).toContain('price');
    expect(
      themesOf('food_hospitality', 2, 'The brunch was $30 for a single waffle and some fruit.'),
    ).toContain('price');
    // Near miss: a shop's buyer naming what they paid for goods that failed complains of the failure.
    expect(themesOf('retail', 1, 'It was $40 and it broke the first week.')).not.toContain('price');
    // Near miss: money spent is no price complaint when it is just the end of an idiom.
    expect(themesOf('food_hospitality', 2, 'The soup was cold, not worth the trip across town.')).toEqual([
      'food',
    ]);
  });
});

describe('a meal complained of in dishes the list did not know is about the food', () => {
  it('tags the food when the reviewer faults the beans and salsa', () => {
    const themes = themesOf(
      'food_hospitality',
      1,
      'You can tell whether a diner is any good from its beans and salsa. Well, both were awful.',
    );
    expect(themes).toEqual(['food']);
  });

  it('never makes food a complaint where it is only praised', () => {
    expect(
      themesOf('food_hospitality', 1, 'The food is great. The hostess yelled at my kids and we left.'),
    ).not.toContain('food');
  });
});

describe('homes: vermin, strangers getting in and upkeep', () => {
  it('tags roaches and mice in a flat as pests, not as faulty goods or the staff', () => {
    const themes = themesOf(
      'retail',
      1,
      'Our apartment had roaches in the kitchen and mice in the walls. The landlord shrugged it off.',
    );
    expect(themes).toContain('pests');
    expect(themes).not.toContain('defect');
  });

  it('tags keys that open other flats and people living in the cellar as security', () => {
    const themes = themesOf(
      'retail',
      1,
      'As a tenant here I never felt secure. My key opens the flat next door. Squatters slept in the laundry room for a month.',
    );
    expect(themes).toContain('security');
    expect(
      themesOf('trades_repairs', 1, 'Squatters moved into the empty unit and management did nothing.'),
    ).toContain('security');
  });

  it('tags a leaking ceiling nobody fixed as maintenance', () => {
    const themes = themesOf(
      'retail',
      1,
      'The ceiling leaks into the bathroom and my work orders are ignored. The rent keeps going up though.',
      'Avoid these apartments',
    );
    expect(themes).toContain('maintenance');
    expect(themes).not.toContain('defect');
  });

  it('keeps goods faults as defects, and takes no pests or security from idioms, outside a home', () => {
    const speakers = themesOf(
      'retail',
      2,
      'I live in an apartment, so I keep the volume low. Even so the left speaker leaks a buzz and cracked at the seam.',
    );
    expect(speakers).toContain('defect');
    expect(speakers).not.toContain('maintenance');
    const leak = themesOf(
      'retail',
      1,
      'The batteries leak after a month and the maintenance light stays on.',
    );
    expect(leak).toContain('defect');
    expect(leak).not.toContain('maintenance');
    const phones = themesOf(
      'retail',
      2,
      'Rats, these earbuds never got better after the break-in period. The bass is muddy.',
    );
    expect(phones).not.toContain('pests');
    expect(phones).not.toContain('security');
  });
});

describe('bites from a hotel bed are a hygiene complaint', () => {
  it('tags waking up with bites as cleanliness, but not bites of a meal', () => {
    expect(
      themesOf(
        'food_hospitality',
        2,
        'On the second night I woke up with bites on my arms. The front desk just said sorry.',
      ),
    ).toContain('cleanliness');
    expect(
      themesOf('food_hospitality', 2, 'After two bites of the burger I gave up, it was so dry.'),
    ).not.toContain('cleanliness');
  });
});
