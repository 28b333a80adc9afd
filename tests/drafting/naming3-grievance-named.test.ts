import { type BusinessProfile, composeDraft } from '@rebound/server/drafting/index';
import { nameComplaints } from '@rebound/server/drafting/name-complaint';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { loadProfile } from './sample-drafts.ts';

type Review = { author: string | null; rating: number; text: string; title?: string | null };
const draft = (profile: BusinessProfile, text: string, title: string | null = null, rating = 1) => {
  const r: Review = { author: null, rating, text, title };
  return composeDraft(r, triageReview(r, { sectorGroup: sectorGroupOf(profile.sector) }), profile).text;
};
const clauses = (
  text: string,
  group: Parameters<typeof nameComplaints>[1],
  title: string | null = null,
): string[] => nameComplaints(text, group, title).map((n) => n.clause);

const store = loadProfile('electronics');
const garage = loadProfile('auto');
const hotel = loadProfile('hotel');

// Openers that name nothing of the review.
const NAMES_NOTHING =
  /\b(?:letting you down|did not get this right|expected better of us|we let you down\.|disappointing experience|fell so far short of what you expected|really sorry to read this|how disappointed you were|left you so frustrated|fell short of what you expected|did not do better by you|turned out this way|did not work for you|your purchase (?:fell short|did not go))\b/;

describe('goods that scratched what they held', () => {
  it('names the scratched iPod, not playback, for a case the buyer wishes they had read up on', () => {
    const text =
      "Like most of the other reviews, this case scratched my iPod. Too bad I didn't read all of these reviews before I bought it.";
    expect(clauses(text, 'retail')).toContain('it scratched your iPod');
    expect(clauses(text, 'retail')).not.toContain('it would not play properly');
    const reply = draft(store, text);
    expect(reply).toMatch(/it scratched your iPod/);
    expect(reply).not.toMatch(/would not play|playback/);
  });

  it('does not blame the goods for a scratch the reviewer made, and still reads goods that will not read', () => {
    expect(clauses('I scratched my phone when I dropped it, and the clip snapped.', 'retail')).not.toContain(
      'it scratched your phone',
    );
    expect(clauses('It would not read my SD card at all.', 'retail')).toContain('it would not play properly');
  });
});

describe('an offer that was too good to be true', () => {
  it('reads the rebate turned down in the same breath', () => {
    const text =
      'I knew the cash back offer sounded too good to be true...and sure enough they rejected my UPCs (I kept copies).';
    expect(clauses(text, 'retail')).toContain('your rebate claim was turned down');
    expect(draft(store, text)).not.toMatch(NAMES_NOTHING);
  });

  it('still passes over a sentence of plain praise', () => {
    expect(clauses('The cash back offer was good and they rejected my UPCs.', 'retail')).not.toContain(
      'your rebate claim was turned down',
    );
  });
});

describe('what happens each time the reviewer does something', () => {
  it('reads the fault told after "if I…"', () => {
    const text =
      'I bought this receiver ten days ago. If I turn the volume up enough to hear the quiet passages, when the music gets loud the amp shuts down and PROTECT flashes on and off.';
    expect(clauses(text, 'retail')).toContain('it kept shutting itself down');
    expect(draft(store, text)).toMatch(/shutting itself down/);
  });

  it('does not read a wish or a guess as what happened', () => {
    expect(
      clauses('If I had known, the amp shuts down would have been in the listing.', 'retail'),
    ).not.toContain('it kept shutting itself down');
    expect(clauses('If I could turn back time, the amp shuts down anyway.', 'retail')).not.toContain(
      'it kept shutting itself down',
    );
  });
});

describe('a negated modal with a letter dropped', () => {
  it('reads "woudn\'t turn on" as the goods failing', () => {
    const text =
      "I printed a few things last night and it looked great. Today I went to use the printer again and the power woudn't turn on!";
    expect(clauses(text, 'retail').length).toBeGreaterThan(0);
    expect(draft(store, text)).not.toMatch(NAMES_NOTHING);
  });

  it('leaves a sentence with no fault unread', () => {
    expect(clauses('Today I went to use the printer again and the power light was on.', 'retail')).toEqual(
      [],
    );
  });
});

describe('a warranty taken away or a claim turned down', () => {
  it('names a claim denied after it was filed', () => {
    const text =
      'Lightning hit near our house and the router got fried. We filed a claim under the warranty. They denied it saying surges through the cable may have caused the damage.';
    expect(clauses(text, 'retail')).toContain('your warranty claim was refused');
    expect(draft(store, text)).toMatch(/warranty claim was refused/);
  });

  it('names a warranty voided after the sale', () => {
    const text =
      'Four days after I bought the car the warning lights came on. The dealership told me the rear bumper had been removed and therefore voided the warranty.';
    expect(clauses(text, 'trades_repairs')).toContain('you were told your warranty was void');
    expect(draft(garage, text)).not.toMatch(NAMES_NOTHING);
  });

  it('does not read a warranty the reviewer took care not to void, or a rep denying something else', () => {
    expect(
      clauses(
        'I opened the case carefully so that I would not void my warranty, and the fan is loud.',
        'retail',
      ),
    ).not.toContain('you were told your warranty was void');
    expect(
      clauses(
        'The rep denied it was their packaging, claiming I bought it elsewhere. The warranty claim form was confusing.',
        'retail',
      ),
    ).not.toContain('your warranty claim was refused');
  });
});

describe('goods that arrived opened or switched', () => {
  it('names an open box that should have been factory sealed', () => {
    const text =
      "Arrived today in a taped, ripped, and open box. All the parts seem to be there, but this is definitely not a 'factory sealed' product.";
    expect(clauses(text, 'retail')).toContain('the unit you were sent did not look new');
    expect(draft(store, text)).not.toMatch(NAMES_NOTHING);
  });

  it('names a switched item as the wrong one', () => {
    const text = 'Unfortunately, I too received a switched item in a sealed box today.';
    expect(clauses(text, 'retail')).toContain('you were sent the wrong item');
    expect(draft(store, text)).not.toMatch(NAMES_NOTHING);
  });

  it('does not read a sealed box as an opened one', () => {
    const named = clauses(
      'It arrived in a sealed box, but the remote stopped working after a week.',
      'retail',
    );
    expect(named).not.toContain('the unit you were sent did not look new');
    expect(named).not.toContain('you were sent the wrong item');
  });
});

describe('a price others beat by far', () => {
  it('names a plan at twice the price of others, and postage priced sky high', () => {
    const text =
      'Although this plan is through the maker, it is 2x the price of similar plans available from other companies with good reputations.';
    expect(clauses(text, 'retail')).toContain('the price was well above what others charge for the same');
    expect(draft(store, text, null, 2)).not.toMatch(NAMES_NOTHING);
    const postage =
      'This seller is charging $20.18 to ship these ink cartridges. I knew the price was too good to be true.';
    expect(clauses(postage, 'retail', 'Shipping charges sky high')).toContain(
      'the shipping charge was so high',
    );
    expect(draft(store, postage, 'Shipping charges sky high')).not.toMatch(NAMES_NOTHING);
  });

  it('does not read a rival the reviewer paid more for, or free postage', () => {
    expect(
      clauses('For just over double the price of the Netgear I got a PDA with far more features.', 'retail'),
    ).not.toContain('the price was well above what others charge for the same');
    expect(clauses('Shipping was free and fast, but the screen cracked.', 'retail')).not.toContain(
      'the shipping charge was so high',
    );
  });
});

describe('a device fault told in words the readings missed', () => {
  it('names battery life said to be abysmal, speakers that just stop working, and a unit hard to configure', () => {
    expect(clauses('The battery life for this phone after one short year is abysmal.', 'retail')).toContain(
      'the battery would not hold its charge',
    );
    expect(clauses('My two rear speakers just stop working, and the remote too.', 'retail')).toContain(
      'it just stopped working',
    );
    expect(clauses("First of all, even in this day and age, it's not Mac-compatible.", 'retail')).toContain(
      'it would not work with your Mac',
    );
    expect(
      clauses(
        'Out of the box it needs a fixed address.',
        'retail',
        'The most difficult thing in the world to configure',
      ),
    ).toContain('it was so hard to set up');
    const reply = draft(
      store,
      'The battery life for this phone after one short year is abysmal. I want a new one.',
    );
    expect(reply).not.toMatch(NAMES_NOTHING);
  });

  it('leaves battery life that is fine, a plea to keep working, and an easy setup unread', () => {
    const named = [
      ...clauses('The battery life is not bad at all, but the screen cracked.', 'retail'),
      ...clauses("Please don't stop working on the firmware.", 'retail'),
      ...clauses('It was not that difficult for me to set up, though the case cracked.', 'retail'),
      ...clauses("It's PC compatible and works fine, but the hinge broke.", 'retail'),
    ];
    expect(named).not.toContain('the battery would not hold its charge');
    expect(named).not.toContain('it just stopped working');
    expect(named).not.toContain('it was so hard to set up');
    expect(named).not.toContain('it would not work with your PC');
  });
});

describe('blank media and surfaces, however bought or said', () => {
  it('names discs from a pack that kept failing, and a protector easily scratched', () => {
    expect(
      clauses(
        'I bought a whole pack of discs of this same brand. All of the discs are messing up for me.',
        'retail',
      ),
    ).toContain('so many of the discs failed on you');
    expect(
      clauses('Within days it looked worn.', 'retail', 'Easily scratched, very short lifespan'),
    ).toContain('it scratched so easily');
  });

  it('leaves rented movie discs and a surface that is not easily scratched alone', () => {
    expect(clauses('The movie discs I rented are messing up in this player.', 'retail')).not.toContain(
      'so many of the discs failed on you',
    );
    expect(clauses('It is not easily scratched, but the hinge broke.', 'retail')).not.toContain(
      'it scratched so easily',
    );
  });
});

describe('a stay billed or handled badly for how it was booked', () => {
  it('names nights charged that were not stayed, and a travel-site booking held against the guest', () => {
    const text =
      'We had to leave a day sooner than planned and told them at check in. Since I had booked thru Expedia, they said I needed approval from Expedia, which I got. The next day my card posted the amount for a 4 night stay.';
    const named = clauses(text, 'food_hospitality');
    expect(named[0]).toBe('you were charged for more nights than you stayed');
    expect(named).toContain('your booking through a travel site was held against you');
    expect(draft(hotel, text)).toMatch(/charged for more nights than you stayed/);
    const told =
      'Two different staff told me I should not have gone through Expedia and that checking out early would be a problem.';
    expect(clauses(told, 'food_hospitality')).toContain(
      'your booking through a travel site was held against you',
    );
    expect(draft(hotel, told)).not.toMatch(NAMES_NOTHING);
  });

  it('leaves a travel-site booking told in passing, and nights billed as agreed, alone', () => {
    const named = [
      ...clauses(
        'We booked through Expedia and got a great rate, but the room smelled of smoke.',
        'food_hospitality',
      ),
      ...clauses('We were charged for 3 nights, as agreed, but the pool was closed.', 'food_hospitality'),
    ];
    expect(named).not.toContain('your booking through a travel site was held against you');
    expect(named).not.toContain('you were charged for more nights than you stayed');
  });
});
