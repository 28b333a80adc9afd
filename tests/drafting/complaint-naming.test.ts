import { type BusinessProfile, composeDraft } from '@rebound/server/drafting/index';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { loadProfile } from './sample-drafts.ts';

type Review = { author: string | null; rating: number; text: string; title?: string | null };
const draft = (profile: BusinessProfile, text: string, title: string | null = null, rating = 1) => {
  const r: Review = { author: 'Robin K.', rating, text, title };
  return composeDraft(r, triageReview(r, { sectorGroup: sectorGroupOf(profile.sector) }), profile).text;
};
const body = (text: string): string => text.slice(0, text.lastIndexOf('\n— '));

const store = loadProfile('electronics');
const restaurant = loadProfile('restaurant');
const salon = loadProfile('salon');
const hotel = loadProfile('hotel');

describe('the reply names the reviewer’s main grievance in our own words', () => {
  it.each([
    [
      store,
      'My camera card gave out halfway through a wedding and I lost all my photos from the ceremony.',
      null,
      /photos/,
    ],
    [
      store,
      'It pairs fine but I can barely make a call indoors. Poor reception everywhere in the house.',
      null,
      /reception/,
    ],
    [
      store,
      'Bought it in spring. By the summer it no longer works at all.',
      'Stops working after a few months',
      /stopped working|gave out so early|failed after such a short time/,
    ],
    [
      restaurant,
      'The cashier rushed us through the order and sighed when we asked a question.',
      null,
      /rushed|hurried/,
    ],
    [
      restaurant,
      'My eggs came out cold, and when I sent the plate back the new one was cold too.',
      null,
      /cold/,
    ],
    [salon, 'I asked for a trim and the haircut came out completely uneven on one side.', null, /haircut/],
  ] as const)('names it (%#)', (profile, text, title, expected) => {
    expect(body(draft(profile, text, title))).toMatch(expected);
  });

  it('never repeats a misspelt or lower-case product word from the review', () => {
    const text = draft(restaurant, 'The vegitables were so mushy and the rice was cold.');
    expect(text).not.toMatch(/vegitables/i);
    expect(draft(store, 'The zentrack will not hold a charge past lunchtime.')).not.toMatch(/zentrack/);
  });

  it('does not turn a passing mention of years into a complaint about waiting', () => {
    const text = draft(
      store,
      'I wait ten years to replace my printer and this one eats ink. The cartridges cost a fortune.',
    );
    expect(text).not.toMatch(/wait/i);
    expect(text).toMatch(/ink/);
  });

  it('does not name a praised wait as the complaint', () => {
    const text = draft(
      restaurant,
      'The wait was only ten minutes, which was great. But the lasagna was dry and bland.',
    );
    expect(text).not.toMatch(/wait/i);
  });
});

describe('faults that belong to someone else', () => {
  it('does not take the blame for a maker’s rebate or support, and still names the rebate', () => {
    for (const text of [
      'The card itself is fine but the mail-in rebate never arrived after four months of chasing.',
      'It died in a week and Zentrix support never answered a single email.',
    ]) {
      const reply = draft(store, text);
      expect(reply).not.toMatch(/on us|standard we aim for|we clearly fell short|our job to get this right/i);
    }
    expect(draft(store, 'The mail-in rebate never arrived after four months of chasing.')).toMatch(/rebate/);
  });
});

describe('remedies that fit what the reviewer asked and already did', () => {
  it('offers the refund to a reviewer who asks how to get their money back', () => {
    expect(draft(store, 'The speaker crackles at any volume. I want a full refund.')).toMatch(/refund/);
  });

  it('offers no replacement to someone sending the product back for good', () => {
    const reply = draft(
      store,
      'The mouse stopped working after two days. I am sending it back and buying another brand.',
    );
    expect(reply).not.toMatch(/replacement/);
  });

  it('offers neither refund nor replacement for a product owned for years', () => {
    const reply = draft(
      store,
      'I bought these cards four years ago and two of them failed. The maker replaced them, but I lost photos each time.',
    );
    expect(reply).not.toMatch(/refund|replacement/);
  });
});

describe('wording that does not read as a template', () => {
  it('never stacks a stock line of ownership on a general apology', () => {
    const reply = draft(hotel, 'Not what we hoped for at all, sadly.');
    expect(reply).not.toMatch(
      /standard we aim for|on us|our job to get this right|we clearly fell short|done better/i,
    );
  });

  it('never says "not good enough" or apologises in a holding reply', () => {
    const reply = draft(hotel, 'Someone broke into our car in your car park and the desk shrugged.');
    expect(reply).not.toMatch(/not good enough|apolog/i);
  });
});

describe('grievances read across sentences and titles', () => {
  it('says food that went back to the kitchen and came back wrong once', () => {
    const reply = draft(
      restaurant,
      'The steaks were overdone, even when sent back to be redone. Nice wine list.',
    );
    expect(reply).toMatch(/not cooked properly, even after you sent it back/);
  });

  it('reads a running-cost complaint from the title', () => {
    expect(
      draft(store, 'Prints well but I replace the cartridges every three weeks.', 'Costly to run'),
    ).toMatch(/ink/);
  });

  it('does not read "not worth the hassle" as a price complaint', () => {
    expect(draft(store, 'Problems from day one with this router.', 'Not worth the hassle')).not.toMatch(
      /paid|price|cost/i,
    );
  });
});

describe('more grievances named', () => {
  it.each([
    [
      restaurant,
      'The cashier was in such a rush to get us out that we forgot half our order.',
      /rushed|hurried/,
    ],
    [
      store,
      'They sounded fine for a month and then they just quit.',
      /stopped working|gave out so early|failed after such a short time/,
    ],
  ] as const)('names it (%#)', (profile, text, expected) => {
    expect(body(draft(profile, text))).toMatch(expected);
  });

  it('does not call raw onion on a burrito a cooking failure', () => {
    expect(draft(restaurant, 'Raw onion everywhere and the salsa tasted bland.')).not.toMatch(/not cooked/);
  });
});

describe('a title that names the fault', () => {
  it('names the fault a title states as a noun phrase, and ignores a misspelt or vague one', () => {
    expect(body(draft(store, 'Sadly I expected more from this.', 'Poor build quality'))).toMatch(
      /poor build quality/,
    );
    expect(body(draft(store, 'Sadly I expected more from this.', 'Bad purchase'))).not.toMatch(
      /(?:bad|poor|the) purchase/,
    );
    expect(body(draft(store, 'Sadly I expected more from this.', 'Poor qaulity'))).not.toMatch(/qaulity/);
  });
});

describe('no joke or verdict taken for the fault', () => {
  it('never names a noun from a joke in a restaurant review as the thing that failed', () => {
    expect(
      draft(restaurant, 'I wanted a dagger to end the meal. The whole plate fell apart on the fork.'),
    ).not.toMatch(/dagger/);
  });

  it('does not read "hunk of junk" or "waste of money" as the complaint', () => {
    const reply = draft(
      store,
      'Worked for six hours, then just stopped. What a waste of money.',
      'Hunk of junk',
    );
    expect(reply).toMatch(/stopped working|gave out so early|failed after such a short time/);
    expect(reply).not.toMatch(/poorly made|build quality|better made|worth what you paid|good value/);
  });
});

describe('no complaint taken from a word about something else', () => {
  it('does not read "this hotel is disgusting" as a verdict on the food', () => {
    const text =
      'This hotel is absolutely disgusting! We asked for a non smoking room but the whole floor smelled of smoke. The coffee machine in the room did not work either.';
    expect(body(draft(hotel, text))).not.toMatch(/food|meal/i);
  });

  it('does not pin "it was inedible" on a dish named sentences earlier', () => {
    const text =
      'I had the cheese enchiladas, which were ok, not special. The corn pudding was the best thing on my plate. The chili stuffed with sweet potato still had its skin on. It was pretty inedible the way it was served.';
    expect(body(draft(restaurant, text, null, 2))).not.toMatch(/enchiladas/i);
  });

  it('does not read "it took forever for the maker to answer" as the product being slow', () => {
    const text =
      'This adapter crashes my laptop with a blue screen every day. I contacted Netgear tech support. It took forever for Netgear to finally give me an answer.';
    const reply = body(draft(store, text));
    expect(reply).not.toMatch(/took forever|treated|dealt with/i);
  });

  it('does not call a crack in a tyre or a slow leak a breakage', () => {
    const garage = loadProfile('auto');
    const text =
      'I had an appointment at 4:30 and was not seen until 8:30. They found a crack in the sidewall and fixed a slow leak in another tyre. Nobody checked in with me the whole time.';
    expect(body(draft(garage, text))).not.toMatch(/broke/i);
  });

  it('names a salon wait from "my wait turned into 30 minutes" and not cleanliness', () => {
    const text =
      'Walked in for a mani pedi and was told to take a seat. My wait turned into 30 minutes and no one said a word to me. Hair everywhere on the floor too.';
    const reply = body(draft(salon, text));
    expect(reply).toMatch(/wait/i);
    expect(reply).not.toMatch(/clean/i);
  });

  it('offers no replacement for a product that does not work with the reviewer’s own equipment', () => {
    const text =
      'The gel pad is comfortable. However, the mouse pad did not work with my Logitech optical mouse.';
    expect(body(draft(store, text, 'Great form but does not work with my optical mouse'))).not.toMatch(
      /replacement/i,
    );
  });

  it('does not read music that is not loud enough as noise, nor offer a replacement already turned down', () => {
    const gym =
      'The gym is nice but they never have the music playing loud enough and nobody is there to help.';
    expect(body(draft(hotel, gym))).not.toMatch(/noise/i);
    const declined =
      'Unfortunately the item did not work. The company offered to replace it but I decided to pay more and buy locally.';
    expect(body(draft(store, declined))).not.toMatch(/replacement/i);
  });

  it('names two clear complaints together when no clause can be read', () => {
    const text =
      'Walked in for a mani pedi. My wait turned into 30 minutes and no one said a word to me. The place in general was dirty with dust everywhere.';
    const reply = body(draft(salon, text));
    expect(reply).toMatch(/wait/i);
    expect(reply).toMatch(/clean/i);
  });

  it('names the subject of the harshest sentence when no fault can be read, and never a maker’s helpline', () => {
    const garage = loadProfile('auto');
    const text =
      'The service department was awful and careless with my car. I will not be recommending them.';
    expect(body(draft(garage, text))).toMatch(/the service department/);
    const helpline =
      'The adapter was not recognized, so I contacted customer service. Unfortunately my inquiry was not resolved.';
    expect(body(draft(store, helpline))).not.toMatch(/inquiry|customer service/i);
  });
});

describe('faults described in the reviewer’s own words', () => {
  it('names the dishes described instead of apologising for "the food"', () => {
    const reply = body(
      draft(restaurant, 'What a disappointing meal. The naan was burnt and the dal was watery.'),
    );
    expect(reply).toMatch(/the naan was burnt/);
    expect(reply).toMatch(/the dal was watery/);
    expect(reply).not.toMatch(/the food/);
  });

  it('adds the faults the first apology left out, without naming one twice', () => {
    const reply = body(
      draft(hotel, 'The towels were stained. The carpet was sticky and the shower was lukewarm.'),
    );
    expect(reply).toMatch(/towels were stained/);
    expect(reply).toMatch(/carpet was sticky/);
    expect(reply.match(/towels/g)).toHaveLength(1);
  });

  it('leaves a product’s faults to the main apology, and tells no fault of a person twice', () => {
    const reply = body(
      draft(store, 'The remote stopped working after a week. The buttons are sticky and the case is flimsy.'),
    );
    expect(reply.match(/sticky/g)?.length ?? 0).toBeLessThanOrEqual(1);
  });
});

describe('two grievances of different kinds', () => {
  it('names both in one sentence, the one the reviewer dwells on first', () => {
    const text = body(
      draft(
        salon,
        'The tech filed so hard my nails were thin for weeks. When I called, they refused to refund my money and told me I was wrong.',
      ),
    );
    // The harm to her nails comes first; the refund turned down beside it.
    expect(text).toMatch(
      /nails were left thin and damaged, and that your request for your money back was turned down/,
    );
    expect(text.match(/\bsorry\b|\bapologi[sz]e\b|\bapologies\b|\bregret\b/gi)?.length).toBe(1);
  });

  it('never adds a second grievance of the same kind, nor a general one', async () => {
    const { nameComplaints } = await import('@rebound/server/drafting/name-complaint');
    const named = nameComplaints(
      'The steak came out cold. The fries were soggy and bland. We waited an hour for the bill.',
      'food_hospitality',
    );
    expect(named.map((n) => n.topic)).toEqual(['food', 'wait']);
    const product = nameComplaints('It did not work. It stopped working after a week.', 'retail');
    expect(product.filter((n) => n.clause === 'it did not work for you').length).toBeLessThanOrEqual(1);
  });

  it('does not read computer mice as pests, or "will not return" as a refused refund', async () => {
    const { nameComplaints } = await import('@rebound/server/drafting/name-complaint');
    expect(
      nameComplaints('Both mice I bought stopped working within a week.', 'retail').map((n) => n.clause),
    ).not.toContainEqual(expect.stringMatching(/mice/));
    expect(
      nameComplaints(
        'Poor service. Never was asked if food was alright. Will not return.',
        'food_hospitality',
      ).map((n) => n.clause),
    ).toEqual(['nobody looked after you the way they should have']);
  });

  it('does not name a refusal by a marketplace as ours', () => {
    const text = body(
      draft(
        store,
        'It did not work at all and Amazon would not take it back, saying it was my responsibility.',
      ),
    );
    expect(text).not.toMatch(/turned down|your fault/);
  });
});

describe('grievances of appointments, warranties and premises', () => {
  it('names a refused warranty claim and a shop that smelled', async () => {
    const { nameComplaints } = await import('@rebound/server/drafting/name-complaint');
    expect(nameComplaints('They refused to honor the warranty after two weeks.', 'retail')[0]?.clause).toBe(
      'your warranty claim was refused',
    );
    expect(nameComplaints('The whole store smelled of dog urine.', 'retail')[0]?.clause).toBe(
      'there was such a bad smell',
    );
  });

  it('does not tell back "I haven\'t been yet" as a grievance', async () => {
    const { reportedClause } = await import('@rebound/server/drafting/reported-clause');
    expect(
      reportedClause('I miss the old place. I haven’t been yet but my aunt says it is not the same.'),
    ).toBeNull();
  });
});

describe('grievances about what came in the box, help and price', () => {
  it('names missing contents, a price above the quote, and unhelpful staff where they are ours', async () => {
    const { nameComplaints } = await import('@rebound/server/drafting/name-complaint');
    const clauses = (text: string, group: Parameters<typeof nameComplaints>[1]) =>
      nameComplaints(text, group).map((n) => n.clause);
    expect(clauses('The cassette did not come with the kit.', 'retail')).toContain(
      'it did not come with everything you needed',
    );
    expect(
      clauses(
        'I checked their prices on the website, but the price they wanted was much more.',
        'trades_repairs',
      ),
    ).toContain('the price was not what you were quoted');
    expect(
      clauses('The prices are obscene, about double what we usually pay.', 'food_hospitality'),
    ).not.toContain('the price was not what you were quoted');
    // Staff who were "not very helpful" fell short of helpful; only a refusal is told as nobody willing to help.
    expect(clauses('Hotel staff are not very helpful or friendly.', 'food_hospitality')).toContain(
      'the staff were not as helpful as they should have been',
    );
    expect(clauses('Hotel staff are not very helpful or friendly.', 'food_hospitality')).not.toContain(
      'nobody was willing to help you',
    );
    expect(
      clauses('The front desk refused to help when the key stopped working.', 'food_hospitality'),
    ).toContain('nobody was willing to help you');
    expect(clauses('Calls with the maker were unhelpful.', 'retail')).not.toContain(
      'nobody was willing to help you',
    );
  });
});

describe('figures of speech and asides are not the grievance', () => {
  it('does not read jamming earbuds in, or a comparison with pain, as faults, and lets construction give way', async () => {
    const { nameComplaints } = await import('@rebound/server/drafting/name-complaint');
    const clauses = (text: string, group: Parameters<typeof nameComplaints>[1]) =>
      nameComplaints(text, group).map((n) => n.clause);
    expect(
      clauses('No matter how far you jam them into your ears, the bass is weak.', 'retail'),
    ).not.toContain('it kept jamming');
    expect(
      clauses(
        'Getting the cord caught would be more painful than having them yanked out of your ears.',
        'retail',
      ),
    ).not.toContain('it was so uncomfortable to wear');
    expect(
      clauses(
        'The burger was bland and soggy. Entrance not easily accessible due to construction.',
        'food_hospitality',
      )[0],
    ).toBe('the burger was bland and soggy');
    expect(clauses('The cases break into two pieces when you open them.', 'retail')).toContain(
      'it broke so quickly',
    );
  });
});

describe('comfort and table service in a restaurant or hotel', () => {
  it('names a room too hot or unheated, a table left without cutlery, and food too salty', async () => {
    const { nameComplaints } = await import('@rebound/server/drafting/name-complaint');
    const clauses = (text: string) => nameComplaints(text, 'food_hospitality').map((n) => n.clause);
    expect(clauses('Our room had no heat all weekend.')).toContain('the heating did not work');
    expect(clauses('The food was dropped off with no silverware and no refills on the coffee.')).toContain(
      'nobody looked after you the way they should have',
    );
    expect(clauses('We could not eat the wedges; they were over seasoned and heavy in salt.')).toContain(
      'the food was such a letdown',
    );
    expect(clauses('The heat lamps kept the patio lovely and warm.')).not.toContain(
      'the temperature inside was so uncomfortable',
    );
  });
});

describe('products that do not fit the customer’s equipment', () => {
  it('names an incompatibility rather than a product that simply did not work', async () => {
    const { nameComplaints } = await import('@rebound/server/drafting/name-complaint');
    expect(
      nameComplaints('This SD card would not work in my Nikon camera. It did not work.', 'retail')[0]?.clause,
    ).toBe('it would not work with your equipment');
    expect(nameComplaints('I emailed the seller and have had no reply.', 'retail')[0]?.clause).toBe(
      'your calls and messages went unanswered',
    );
  });
});

describe('concessions, prices paid and finishes', () => {
  it('does not tell back what the reviewer conceded, nor read a dear purchase as a fault', async () => {
    const { reportedClause } = await import('@rebound/server/drafting/reported-clause');
    const { toldFaults } = await import('@rebound/server/drafting/told-aspects');
    const { nameComplaints } = await import('@rebound/server/drafting/name-complaint');
    expect(
      reportedClause('Granted, they did not charge for the cut, and my husband did not tip.'),
    ).toBeNull();
    expect(toldFaults('I purchased a very expensive dining room table and loved it.', 'retail')).toBeNull();
    expect(nameComplaints('A month later the table’s finish started to peel.', 'retail')[0]?.clause).toBe(
      'the finish did not hold up',
    );
    expect(nameComplaints('She cut his hair way too short.', 'health')[0]?.clause).toBe(
      'your cut did not turn out the way you asked',
    );
  });
});

describe('a fault the situation read, beside a grievance about the service', () => {
  it('adds a long wait to the fault it names, and never reads a saying about time as pests', async () => {
    const { nameComplaints } = await import('@rebound/server/drafting/name-complaint');
    const clauses = (text: string) => nameComplaints(text, 'food_hospitality').map((n) => n.clause);
    expect(clauses('It took over 40 minutes to get our burger. There were gnats.')).toEqual([
      'you saw gnats where there should never be any',
      'you had such a long wait',
    ]);
    expect(clauses('Time flies when you are having fun.')).toEqual([]);
  });
});

describe('a page of replies to the same grievance', () => {
  it('words a common grievance more than one way across a business’s replies', () => {
    const told = new Set<string>();
    for (const [i, name] of ['Ann', 'Ben', 'Cal', 'Dee', 'Eve', 'Fay', 'Gus', 'Hal'].entries()) {
      const r = {
        author: `${name} P.`,
        rating: 1,
        text: `Bought it in spring (order ${i}). By summer it stopped working.`,
        title: null,
      };
      const reply = composeDraft(
        r,
        triageReview(r, { sectorGroup: sectorGroupOf(store.sector) }),
        store,
      ).text;
      const m = /stopped working so soon|gave out so early|failed after such a short time/.exec(reply);
      if (m) told.add(m[0]);
    }
    expect(told.size).toBeGreaterThan(1);
  });
});

describe('parts of the body are never the thing that failed', () => {
  it('does not name "the pits" after a waxing', async () => {
    const { complaintTopic } = await import('@rebound/server/drafting/complaint-topic');
    const { criticalClauses } = await import('@rebound/server/triage/situation/clauses');
    const text =
      'She was cold and rushed. My pits were in pain for a couple of days and I hated the whole thing.';
    expect(complaintTopic(criticalClauses(text), [], [])).not.toBe('the pits');
  });
});

describe('the offer of a call and the line to call', () => {
  it('never runs a question on into the contact line, and never offers to call and then asks to be called', () => {
    for (const [i, name] of ['Ann', 'Ben', 'Cal', 'Dee', 'Eve', 'Fay', 'Gus', 'Hal', 'Ida', 'Jo'].entries()) {
      const r = {
        author: `${name} P.`,
        rating: 2,
        text: `Visit ${i}: the whole thing was a let-down from start to finish and I left unhappy.`,
        title: null,
      };
      const reply = composeDraft(
        r,
        triageReview(r, { sectorGroup: sectorGroupOf(store.sector) }),
        store,
      ).text;
      expect(reply).not.toMatch(/\?[:,]/);
      expect(reply).not.toMatch(/call you[^.]*, so (?:please )?(?:call|ring|phone)/i);
      expect(reply).not.toMatch(/in person/);
    }
  });
});

describe('charges, minimums and building work', () => {
  it('names a fee added to the bill and a card minimum, and not building work the reviewer enjoyed', async () => {
    const { nameComplaints } = await import('@rebound/server/drafting/name-complaint');
    const clauses = (text: string, group: Parameters<typeof nameComplaints>[1]) =>
      nameComplaints(text, group).map((n) => n.clause);
    expect(
      clauses(
        'There was a $2.00 entertainment charge added to our bill for the trivia game.',
        'food_hospitality',
      ),
    ).toContain('the charges were more than you expected');
    expect(clauses('They would not take my card because they have a $5.00 minimum.', 'retail')).toContain(
      'your card was turned down over a minimum spend',
    );
    expect(
      clauses('We loved watching the construction across the street from our table.', 'food_hospitality'),
    ).toEqual([]);
    expect(clauses('The construction noise woke us at 7am.', 'food_hospitality')).toContain(
      'the building work spoiled things for you',
    );
  });
});

describe('musings are not told back', () => {
  it('does not repeat a reviewer’s guesses or verdicts on value as the grievance', async () => {
    const { reportedClause } = await import('@rebound/server/drafting/reported-clause');
    expect(
      reportedClause('Honestly the food is really not a very good deal relative to the price.'),
    ).toBeNull();
    expect(reportedClause('I don’t actually know because the blow out was so bad.')).toBeNull();
  });
});

describe('rooms, tables and keys', () => {
  it('names a room in poor shape, unwiped tables, an empty glass, locked-in keys and a letter never answered', async () => {
    const { nameComplaints } = await import('@rebound/server/drafting/name-complaint');
    const clauses = (text: string, group: Parameters<typeof nameComplaints>[1]) =>
      nameComplaints(text, group).map((n) => n.clause);
    expect(clauses('There was a cigarette burn in the bed.', 'food_hospitality')).toContain(
      'the room was not in the condition it should have been',
    );
    expect(clauses('The tables were not wiped off at all.', 'food_hospitality')).toContain(
      'the tables were not clean',
    );
    expect(
      clauses('Eating salty food with an empty water glass is maddening.', 'food_hospitality'),
    ).toContain('nobody looked after you the way they should have');
    expect(clauses('They locked my keys in the car.', 'trades_repairs')).toContain(
      'your keys were locked in your car while it was with us',
    );
    expect(clauses('I wrote them a letter and never heard anything back.', 'trades_repairs')).toContain(
      'your letter went unanswered',
    );
  });
});

describe('what the reviewer did not do', () => {
  it('never tells back a reviewer’s own oversight as the grievance', async () => {
    const { reportedClause } = await import('@rebound/server/drafting/reported-clause');
    expect(reportedClause("I didn't pay attention to the cost until the bill came.")).toBeNull();
  });
});

describe('themes named only where the reviewer complained of them', () => {
  it('does not apologise for a booking the reviewer merely made, or for shipping they only priced', async () => {
    const { themeSentencesFor } = await import('@rebound/server/drafting/theme-words');
    expect(
      themeSentencesFor(
        ['booking'],
        [],
        'We booked two nights. The hotel felt run down and far from everything.',
      ),
    ).toEqual([]);
    expect(
      themeSentencesFor(['booking'], [], 'When we arrived they had lost our reservation.').length,
    ).toBeGreaterThan(0);
    expect(
      themeSentencesFor(['delivery'], [], 'Shipping was $12 and the keyboard died after a spill.'),
    ).toEqual([]);
    expect(themeSentencesFor(['delivery'], [], 'Shipping took three weeks.').length).toBeGreaterThan(0);
  });
});

describe('a wait the reviewer accepted', () => {
  it('is not named as the grievance', async () => {
    const { nameComplaints } = await import('@rebound/server/drafting/name-complaint');
    const clauses = (text: string) => nameComplaints(text, 'food_hospitality').map((n) => n.clause);
    expect(clauses('We waited an hour, which was expected on a Saturday. The pasta was soggy.')).toEqual([
      'the pasta was soggy',
    ]);
    expect(clauses('We waited an hour for our food.')).toEqual(['you had such a long wait']);
  });
});
