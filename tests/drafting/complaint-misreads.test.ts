import { composeDraft } from '@rebound/server/drafting/index';
import { nameComplaints } from '@rebound/server/drafting/name-complaint';
import { reportedClause } from '@rebound/server/drafting/reported-clause';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { readAspects } from '@rebound/server/triage/situation/aspects';
import { describe, expect, it } from 'vitest';
import { loadProfile } from './sample-drafts.ts';

type Group = Parameters<typeof nameComplaints>[1];
const named = (text: string, group: Group): string[] => nameComplaints(text, group).map((n) => n.clause);

/** Every wording the composer tries for the profile's reply, the signature left off. */
function replies(profileName: string, text: string): string[] {
  const profile = loadProfile(profileName);
  const review = { author: null, rating: 2, text, title: null };
  const triage = triageReview(review, { sectorGroup: sectorGroupOf(profile.sector) });
  return [0, 1, 2, 3].map((variant) => {
    const reply = composeDraft(review, triage, profile, { variant }).text;
    return reply.slice(0, reply.lastIndexOf('\n— '));
  });
}
const escalated = (text: string, sectorGroup: Group = 'food_hospitality') =>
  triageReview({ rating: 2, text }, { sectorGroup }).escalation.escalate;

describe('a fault the reviewer negates, excuses or takes as a consolation', () => {
  it('is not read as the grievance', () => {
    const garage =
      'The mechanic never worked out what was wrong with my van and kept me there all morning. At least they did not charge me, but it was a wasted day.';
    expect(named(garage, 'trades_repairs')).not.toContain('it would not charge');
    const excusedWait =
      'We waited 35 minutes for a table on a Friday, which is expected, but the curry was bland and watery.';
    expect(named(excusedWait, 'food_hospitality')).not.toContain('you had such a long wait');
    expect(named(excusedWait, 'food_hospitality')).toContain('the food had so little flavour');
    const notAwful = "The pasta wasn't awful, although we waited an hour for drinks and nobody came by.";
    expect(named(notAwful, 'food_hospitality')).not.toContain('the food was such a letdown');
    expect(named(notAwful, 'food_hospitality')).toContain('you had such a long wait');
  });

  it('still reads the same faults said plainly', () => {
    expect(named('The power bank will not charge at all.', 'retail')).toContain('it would not charge');
    expect(named('The pasta was awful and we waited an hour for drinks.', 'food_hospitality')).toContain(
      'the food was such a letdown',
    );
    expect(named('We waited 35 minutes for a table, which is ridiculous.', 'food_hospitality')).toContain(
      'you had such a long wait',
    );
    // The excuse of one clause leaves the fault of the next alone.
    expect(
      named('The fries were soggy, and we waited 40 minutes, which is expected.', 'food_hospitality'),
    ).toContain('the food was such a letdown');
  });

  it('is never apologised for in the reply', () => {
    for (const reply of replies(
      'restaurant',
      'We waited 35 minutes for a table on a Friday, which is expected, but the curry was bland and watery.',
    )) {
      expect(reply).not.toMatch(/\bwait/i);
      expect(reply).toMatch(/curry/);
    }
  });
});

describe('what a smell, a taste or a stain is of', () => {
  it('is not a fault of that thing', () => {
    const subjects = (text: string) => readAspects(text).map((a) => a.subject);
    expect(subjects('The stairs and the lift reek of sour cider.')).not.toContain('the cider');
    expect(subjects('Our room smelled of stale smoke.')).toEqual([]);
    expect(subjects('The pillows were stained with old makeup.')).not.toContain('the makeup');
    expect(subjects('The whole floor smelled like cheap perfume.')).not.toContain('the perfume');
  });

  it('leaves the thing itself faulted where it was served or used', () => {
    expect(readAspects('They brought us stale bread.').map((a) => a.subject)).toContain('the bread');
    expect(readAspects('The cider was sour.').map((a) => a.subject)).toContain('the cider');
  });

  it('is told back as the smell, never as the thing', () => {
    for (const reply of replies(
      'hotel',
      'Tired place. The stairs and the lift reek of sour cider. Nobody answered the phone at the desk.',
    ))
      expect(reply).not.toMatch(/cider was sour/i);
  });
});

describe('food that hurts the one eating it', () => {
  it.each([
    'Two of our group cut their mouths on the toast, it was that hard. Service was slow.',
    'The crust was like rock and my friend cut up her gums on it.',
    'My wife broke a tooth on a stone in the lentils.',
    'I chipped a tooth on something in the risotto.',
    'Our son choked on a bone in the "boneless" chicken strips.',
  ])('is held for the owner: %s', (text) => {
    expect(escalated(text)).toBe(true);
  });

  it.each([
    'The bread was hard and the soup was cold.',
    'I had to cut the steak myself and the fries were cold.',
    'The knife could not cut through the chop. The gravy was thin.',
    'The rolls were so hard I nearly broke a tooth. Service was slow.',
  ])('is not read into near misses: %s', (text) => {
    expect(escalated(text)).toBe(false);
  });
});

describe('a promise of time in a public reply', () => {
  it('is always counted from hearing from the reviewer, never a day', () => {
    const texts = [
      'The service manager ignored me for an hour and the fault is still there.',
      'The soup was cold and the waiter forgot our drinks.',
      'The food was a letdown and the room was far too loud to talk.',
      'We booked a table for eight and were seated after forty minutes.',
    ];
    for (const text of texts)
      for (const reply of replies('restaurant', text)) {
        expect(reply).not.toMatch(/\btomorrow\b/i);
        // Said before the contact details, the time says whose message it is counted from.
        const timeFirst =
          /\b(?:within|inside) ([^:;.]*?)(?:, whichever way you reach me)?[:;] (?:call|ring)\b/.exec(reply);
        if (timeFirst)
          expect(timeFirst[1]).toMatch(/(?:of hearing from you|of you getting in touch|once you write)$/);
      }
  });
});

describe('one grievance apologised for once', () => {
  it("does not add a line of ownership in the apology's own words", () => {
    for (const text of [
      'The food fell far short of what we were promised.',
      'Everything on the plate fell short, the rice was bland and the fish was dry.',
    ])
      for (const reply of replies('restaurant', text))
        expect(reply.match(/fell (?:so |far )?short/g)?.length ?? 0).toBeLessThan(2);
  });

  it('does not apologise for the price twice in other words', () => {
    for (const reply of replies(
      'hotel',
      'The room was dingy and the price was too high. Way overpriced for a motel.',
    )) {
      const said = reply.match(
        /worth what you paid|value for (?:the )?(?:price|money)|price was too high|so expensive|overpriced/g,
      );
      expect(said?.length ?? 0).toBeLessThan(2);
    }
  });
});

describe('a store speaking of its own goods', () => {
  it("tells a complaint of cheap make as the reviewer's experience", () => {
    expect(named('The quality is cheap. The lid does not sit right.', 'retail')).toContain(
      'it did not feel well made',
    );
    expect(named('So cheaply built that the hinge bent on day one.', 'retail')).toContain(
      'it did not feel well made',
    );
    for (const text of [
      'The quality is cheap. The lid does not sit right.',
      'The tray was so cheaply built.',
    ])
      for (const reply of replies('shop', text))
        expect(reply).not.toMatch(/quality is cheap|cheaply built|poorly made/i);
  });

  it('does not read a cheap price or a quality praised as a fault of make', () => {
    expect(named('The quality is great for the price.', 'retail')).not.toContain('it did not feel well made');
    expect(named('It was cheap and it works, no complaints there. It arrived late.', 'retail')).not.toContain(
      'it did not feel well made',
    );
  });
});

describe('what is not ours to own', () => {
  it('does not take the days a reviewer took to mend for a wait on us', () => {
    const wait = 'you had to wait so much longer than you should have';
    expect(
      named('The boots gave me blisters. It has been three days and my heels are still healing.', 'retail'),
    ).not.toContain(wait);
    expect(
      named('The sandals rubbed badly. It has been four days and my feet still hurt.', 'retail'),
    ).not.toContain(wait);
    expect(
      named(
        'I left the car in for a brake job. It has been three weeks and it is still not done.',
        'trades_repairs',
      ),
    ).toContain(wait);
  });

  it('does not tell back the second thing a reviewer is tired of as a clause of its own', () => {
    const told = (text: string) => reportedClause(text, { products: true, staffOurs: false });
    expect(told('I am tired of the maker and the service centers being sorry for the delays.')).toBeNull();
    expect(told('I am tired of Samsung and the repair shops never calling back.')).toBeNull();
    expect(
      told('The screen went dark. The repair shop being closed for a week did not help.') ?? '',
    ).not.toMatch(/being closed/);
  });

  it('does not tell back a warranty that covers the fault as the fault', () => {
    const told = reportedClause(
      'The bulb burned out after two months. I called and the bulb is covered by warranty.',
      {
        products: true,
        staffOurs: false,
      },
    );
    expect(told ?? '').not.toMatch(/warranty/);
    const lapsed = reportedClause('The keys stick. My warranty was out, so they suggested an update.', {
      products: true,
      staffOurs: false,
    });
    expect(lapsed ?? '').not.toMatch(/warranty/);
  });
});

describe('a bracketed aside', () => {
  it('is not read as the fault the reply names', () => {
    const faults = (text: string) => readAspects(text).map((a) => a.subject);
    expect(faults('It will not take odd documents (thin paper, heavy card) at all.')).not.toContain(
      'the paper',
    );
    expect(faults('The keyboard (terrible response) let me down for a year.')).not.toContain('the response');
    expect(faults('The keyboard response was terrible.')).toContain('the keyboard response');
    for (const reply of replies(
      'electronics',
      'It jams all the time. It will not take odd documents (thin paper, heavy card) either.',
    ))
      expect(reply).not.toMatch(/paper was thin/);
  });
});

describe('praise said through a negative', () => {
  it('is never told back as the grievance', () => {
    const told = (text: string) => reportedClause(text, { products: true }) ?? '';
    expect(
      told("It is fun and friendly. It doesn't take itself too seriously. The floor was sticky."),
    ).not.toMatch(/seriously/);
    expect(told('The lunch was not too pricey. The floor was sticky.')).not.toMatch(/pricey/);
  });
});

describe('the business itself', () => {
  it('is not taken for the thing faulted when named as a chain or an outlet', () => {
    for (const text of [
      'Worst store in the chain. It also is so understaffed you cannot get help.',
      'This is the worst outlet I know. It is so understaffed you cannot get help.',
    ])
      for (const reply of replies('shop', text)) expect(reply).not.toMatch(/\bthe (?:chain|outlet)\b/);
  });
});

describe('nobody coming to see to a table or a room', () => {
  it('is no visit we failed to turn up for', () => {
    for (const text of [
      'Our table was filthy and sticky when we sat down and nobody came to wipe it.',
      'The room was dirty and nobody came to clean it although we rang down twice.',
    ])
      expect(named(text, 'food_hospitality'), text).not.toContain(
        'we did not turn up when you were expecting us',
      );
  });

  it('leaves a tradesman who never came read as one (near miss)', () => {
    expect(
      named(
        'The plumber was booked for 9am and nobody came. I took the day off work for nothing.',
        'trades_repairs',
      ),
    ).toContain('we did not turn up when you were expecting us');
  });
});

describe('a member of staff who smelled of drink', () => {
  const text =
    'The owner was cold and unkind, and started clearing the tables an hour early. She was also drunk and smelled strongly of alcohol.';

  it('is not read as a bad smell in the place', () => {
    expect(named(text, 'food_hospitality')).not.toContain('there was such a bad smell');
  });

  it('leaves a smell in the hallway read as one (near miss)', () => {
    expect(named('There was a terrible smell in the hallway.', 'food_hospitality')).toContain(
      'there was such a bad smell',
    );
  });
});
