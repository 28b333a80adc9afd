import { composeDraft } from '@rebound/server/drafting/index';
import { choosePraise, readPraise } from '@rebound/server/drafting/thanks-praise';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { loadProfile } from './sample-drafts.ts';

const subjects = (text: string): string[] => readPraise(text).map((p) => p.subject);
const praiseOf = (text: string, subject: string) => readPraise(text).find((p) => p.subject === subject);

const replyTo = (kind: string, text: string): string => {
  const profile = loadProfile(kind);
  const r = { author: null, rating: 5, text, title: null };
  return composeDraft(r, triageReview(r, { sectorGroup: sectorGroupOf(profile.sector) }), profile, {
    recent: [],
  }).text;
};

describe('people a reviewer praises without a role are the staff', () => {
  it.each([
    'Very nice people, and very fair prices.',
    'The people were really kind.',
    'The folks here are friendly and helpful.',
    'Everyone was so nice.',
    'The guys went above and beyond for us.',
  ])('%s', (text) => {
    const team = praiseOf(text, 'the team');
    expect(team?.staff).toBe(true);
  });

  it('keeps the describing words said of them', () => {
    expect(praiseOf('The folks here are friendly and helpful.', 'the team')?.words).toEqual([
      'friendly',
      'helpful',
    ]);
  });

  it.each([
    'We met some very nice people at the bar.',
    'Our neighbours are nice people, and they sent us here.',
    'My guys were happy with the pizza.',
  ])('never takes other people for the staff: %s', (text) => {
    expect(subjects(text)).not.toContain('the team');
  });
});

describe('the business itself, described, is praise of how it is kept', () => {
  it.each([
    ['Hotel was nice and clean.', 'the hotel', ['clean']],
    ['A clean, quiet hotel.', 'the hotel', ['clean', 'quiet']],
    ['The place was spotless.', 'the place', ['spotless']],
    ['The whole shop is so tidy.', 'the whole shop', ['tidy']],
    ['I found the salon to be very relaxing.', 'the salon', ['relaxing']],
  ])('%s', (text, subject, words) => {
    expect(praiseOf(text, subject)?.words).toEqual(words);
  });

  it.each([
    'Great hotel.',
    'The restaurant was nice.',
    // A quiet restaurant may only have been empty.
    'The restaurant was quiet when we came in.',
    // Friendliness belongs to the people, not the walls.
    'The shop was friendly.',
    'The hotel was not clean.',
    'The other hotel we tried was clean.',
  ])('names no place for a verdict or a word that does not fit it: %s', (text) => {
    expect(subjects(text).filter((s) => /hotel|restaurant|shop/.test(s))).toEqual([]);
  });

  it('tells the hotel back in the reply', () => {
    expect(replyTo('hotel', 'Hotel was nice and clean. We stayed two nights before our cruise.')).toMatch(
      /the hotel/,
    );
  });
});

describe('two things loved together are named together', () => {
  it.each([
    ['I really enjoyed their flavor and texture.', 'our flavor and texture'],
    ['I really enjoyed their bagels and cream cheese.', 'our bagels and cream cheese'],
    ['We loved the mac and cheese.', 'the mac and cheese'],
    ['The mac and cheese was amazing.', 'the mac and cheese'],
  ])('%s', (text, subject) => {
    expect(subjects(text)).toContain(subject);
  });

  it('never cuts one dish in two', () => {
    expect(subjects('The mac and cheese was amazing.')).not.toContain('the mac');
    expect(subjects('The mac and cheese was amazing.')).not.toContain('the cheese');
  });

  it('keeps the staff out of a pair of things', () => {
    expect(subjects('We loved the food and staff.')).not.toContain('the food and staff');
  });

  it('names no third thing beside a pair', () => {
    const all = readPraise('We loved the mac and cheese. The fried chicken was amazing.');
    expect(choosePraise(all, null).named.map((p) => p.subject)).toEqual(['the mac and cheese']);
  });

  it('names the pair in the reply', () => {
    expect(replyTo('bakery', 'Lots of samples. I really enjoyed their flavor and texture.')).toMatch(
      /flavor and texture/,
    );
  });
});

describe('a repair done in minutes is praise of quick work', () => {
  it.each([
    'They found a nail, removed it and patched the tire in 10 minutes flat.',
    'Had my battery replaced in no time.',
    'He diagnosed the noise and fixed it within twenty minutes.',
  ])('%s', (text) => {
    expect(subjects(text)).toContain('the quick work');
  });

  it.each([
    'They said it would be fixed in 10 minutes but it took two hours.',
    "They couldn't get it fixed in 10 minutes, so I came back.",
    'We waited 30 minutes before anyone looked at the car.',
    'The food was ready in 10 minutes.',
    'They fixed it in three days.',
  ])('reads no quick work where there was none: %s', (text) => {
    expect(subjects(text)).not.toContain('the quick work');
  });

  it('thanks the garage for it', () => {
    expect(
      replyTo(
        'auto',
        'Great tire shop. They found a nail, removed it and patched the tire in 10 minutes flat.',
      ),
    ).toMatch(/quick work/);
  });
});

describe('where the business stands is praise of its location', () => {
  it.each([
    'This hotel is in a great location.',
    'Great location, close to everything.',
    'The location was perfect for the conference.',
    'Centrally located and easy to reach.',
  ])('%s', (text) => {
    expect(subjects(text)).toContain('the location');
  });

  it('tells back a convenient location as the reviewer put it', () => {
    expect(praiseOf('Such a convenient location.', 'the location')?.words).toEqual(['convenient']);
  });

  it.each([
    // "This location" and "the new location" are the branch itself.
    'This location is great.',
    'The new location is great.',
    'It is not close to everything, but we had a car.',
    'Our old hotel was in a great location.',
  ])('names no location where none was praised: %s', (text) => {
    expect(subjects(text)).not.toContain('the location');
  });
});

describe('praise jotted down without a verb', () => {
  it('reads each thing and its praise', () => {
    const all = readPraise('Staff very friendly, rooms very clean.');
    expect(all.map((p) => [p.subject, p.words])).toEqual([
      ['the staff', ['friendly']],
      ['the rooms', ['clean']],
    ]);
  });

  it('reads the people as the staff', () => {
    expect(praiseOf('The people super nice.', 'the team')?.staff).toBe(true);
  });

  it.each([
    'Looks great, works well.',
    'Looks very nice, works well.',
    'Ordered online, arrived very quick.',
    'Service good.',
  ])('takes no verb for a thing: %s', (text) => {
    expect(subjects(text)).toEqual([]);
  });
});

describe('a member of staff with praise set beside them', () => {
  it('reads the praise as theirs', () => {
    const p = praiseOf(
      'We were greeted by the bartender, very friendly, and sat at the bar.',
      'the bartender',
    );
    expect(p?.staff).toBe(true);
    expect(p?.words).toEqual(['friendly']);
  });

  it.each([
    'I asked the waiter, very politely, for more bread.',
    'We found the menu, very tasty looking, on the wall.',
  ])('reads no praise of staff in a passing aside: %s', (text) => {
    expect(readPraise(text).filter((p) => p.staff)).toEqual([]);
  });
});

describe('staff praised after what they did', () => {
  it.each([
    ['The staff greeted us at once and were very pleasant.', 'the staff', ['pleasant']],
    [
      'The installers that came out to fit it were very polite and professional.',
      'the installers',
      ['polite', 'professional'],
    ],
    ['The desk staff who checked us in were so kind.', 'the desk staff', ['kind']],
  ])('%s', (text, subject, words) => {
    const p = praiseOf(text, subject);
    expect(p?.staff).toBe(true);
    expect(p?.words).toEqual(words);
  });

  it.each([
    'The staff ignored us and were not friendly.',
    "The staff took our order and weren't very friendly.",
    'The waiter who served us was rude.',
  ])('reads no praise where the staff were faulted: %s', (text) => {
    expect(readPraise(text).filter((p) => p.staff)).toEqual([]);
  });
});

describe('more ways of saying it', () => {
  it.each([
    ['Pros: friendly & enthusiastic staff, lovely soaps.', 'the staff', ['friendly', 'enthusiastic']],
    ['The nurses were all really kind and gentle.', 'the nurses', ['kind', 'gentle']],
    ['The bartender was real friendly.', 'the bartender', ['friendly']],
    ['The cashiers have only been polite.', 'the cashiers', ['polite']],
    ['Everyone was pretty down to earth.', 'the team', ['down to earth']],
    ['I love how clean and perfect this mall is!', 'the mall', ['clean']],
  ])('%s', (text, subject, words) => {
    expect(praiseOf(text, subject)?.words).toEqual(words);
  });

  it.each([
    'Their attention to detail is top notch.',
    'She pays so much attention to detail!',
    'Great attention to detail on every nail.',
  ])('names the care taken: %s', (text) => {
    expect(subjects(text)).toContain('the attention to detail');
  });

  it.each([
    "They don't pay attention to detail.",
    'There was no attention to detail.',
    'Attention to detail was lacking.',
  ])('reads no care where it was missing: %s', (text) => {
    expect(subjects(text)).not.toContain('the attention to detail');
  });
});

describe('praise of a thing the reviewer never had is hearsay', () => {
  it('names nothing they did not try', () => {
    const text =
      'We skipped dinner and did not try their food, but a friend says the food is delicious. The draft beer was fresh.';
    expect(subjects(text)).not.toContain('the food');
    expect(subjects(text)).toContain('the draft beer');
  });

  it('takes no praise from what the reviewer was told', () => {
    expect(subjects('I was told the pies are delicious, so I will be back.')).toEqual([]);
    expect(subjects('I heard that the croissants are amazing.')).toEqual([]);
  });

  it('still reads praise after hearing about the place', () => {
    expect(subjects('I heard about this bakery from a friend and the croissants were delicious.')).toContain(
      'the croissants',
    );
  });
});

describe('praise of another business is not ours', () => {
  it('reads nothing after the reviewer turns to the other businesses nearby', () => {
    expect(
      subjects('We share a car park with other family-run businesses, so it makes for a fun shopping trip.'),
    ).toEqual([]);
  });

  it('still reads the praise said before the turn', () => {
    expect(subjects('The staff were so helpful, unlike other local stores.')).toContain('the staff');
  });

  it('names no sales: a bargain told back in public reads like an offer', () => {
    expect(subjects('Great sales! The service was good too.')).toEqual(['the service']);
  });
});

describe('praise of a dish said after it was named', () => {
  it.each([
    [
      'I had the fried calamari and mozzarella sticks which were both excellent.',
      'the fried calamari and mozzarella sticks',
      [],
    ],
    [
      'I ordered the gyro platter for dinner and thought it was delicious.',
      'the gyro platter',
      ['delicious'],
    ],
    ['I ordered a side of their fries, and they were really tasty.', 'our fries', ['tasty']],
    ['I decided on a dark beer, which was quite refreshing.', 'the dark beer', ['refreshing']],
    ['The dishes I have tried are always rather flavorful.', 'the dishes', ['flavorful']],
    [
      'I ended up getting the Lemon Dream bundt cake. Very moist and flavorful.',
      'the bundt cake',
      ['moist', 'flavorful'],
    ],
    ['I had the brisket. So tender!', 'the brisket', ['tender']],
  ])('%s', (text, subject, words) => {
    expect(praiseOf(text, subject)?.words).toEqual(words);
  });

  it.each([
    'I ordered the soup and it was cold.',
    'We had the scones. Not fresh at all.',
    'We went to another bakery first and had the scones. Very fresh.',
    'I had the brisket. Then we went home.',
  ])('reads nothing where the dish was faulted or belongs elsewhere: %s', (text) => {
    expect(subjects(text)).toEqual([]);
  });

  it('names a part of a hotel singled out, though the word alone may name a business', () => {
    expect(subjects('The hotel was easy to find and quite lovely, especially the spa!')).toContain('the spa');
  });
});

describe('a sentence that comes back to this business after "but"', () => {
  it.each([
    [
      "I don't know if these barbers were ever in the army, but their attention to detail is top notch.",
      'the attention to detail',
    ],
    ['I wish they opened earlier, but the pastries are delicious.', 'the pastries'],
  ])('%s', (text, subject) => {
    expect(subjects(text)).toContain(subject);
  });

  it.each([
    'Other shops are friendly, but this one was rude.',
    'If you want clean rooms, go elsewhere.',
    "I'm not sure if the pasta was fresh.",
    'If the rooms were clean, but they were not, we would stay.',
  ])('reads nothing still about another place or what might be: %s', (text) => {
    expect(subjects(text)).toEqual([]);
  });
});

describe('the place itself is named only when nothing more particular was praised', () => {
  const named = (text: string) => choosePraise(readPraise(text), null, text).named.map((p) => p.subject);

  it('prefers the thing praised to the place', () => {
    expect(
      named('This was a clean hotel. The rooms were spotless and the breakfast was delicious.'),
    ).not.toContain('the hotel');
    expect(named('The store is immaculate and the pedicure was the best I ever had.')).toEqual([
      'the pedicure',
    ]);
  });

  it('names the place when it is all that was described', () => {
    expect(named('Hotel was nice and clean. The people super nice.')).toEqual(['the hotel']);
  });
});

describe('a room praised for its size and more', () => {
  it.each([
    ['Room was nice size and comfortable.', ['comfortable']],
    ['The room was a good size, clean and quiet.', ['clean', 'quiet']],
  ])('%s', (text, words) => {
    expect(praiseOf(text, 'the room')?.words).toEqual(words);
  });

  it('reads nothing where the size came with a fault', () => {
    expect(praiseOf('The room was a good size but not clean.', 'the room')?.words ?? []).toEqual([]);
  });
});
