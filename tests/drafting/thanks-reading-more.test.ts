import { ownWords } from '@rebound/server/drafting/quibble-told';
import { readQuibble } from '@rebound/server/drafting/read-quibble';
import { readPraise } from '@rebound/server/drafting/thanks-praise';
import { findPeople } from '@rebound/server/triage/situation/praise';
import { describe, expect, it } from 'vitest';
import { COMPENSATION, replyTo } from './happy-drafts.ts';

const subjects = (text: string): string[] => readPraise(text).map((p) => p.subject);

describe('praise said in passing is not thanked as praise', () => {
  it.each([
    [
      'Great pool and plenty of racks. While the coaches are friendly, they change every month and nobody learns your name.',
      'the coaches',
    ],
    [
      'We came for the lemon tarts and left with a box of six. I keep going back for more (and the barista is super cute).',
      'the barista',
    ],
    [
      'It records for hours on one cell. Carry a spare, since a fresh battery should get you through a long day.',
      'the battery',
    ],
  ])('%s', (text, subject) => {
    expect(subjects(text)).not.toContain(subject);
  });

  it('never thanks a member of staff for their looks, but keeps what else was said of them', () => {
    expect(subjects('The hostess was cute.')).not.toContain('the hostess');
    expect(
      readPraise('Our stylist was friendly and gorgeous.').find((p) => p.subject === 'the stylist'),
    ).toMatchObject({ words: ['friendly'] });
  });

  it.each([
    ['Although it was busy, the soup was delicious.', 'the soup'],
    ['The food was great (the fries especially), and the staff were kind.', 'the staff'],
    ['The trainers are friendly and the classes are fun.', 'the trainers'],
  ])('near miss, still praise: %s', (text, subject) => {
    expect(subjects(text)).toContain(subject);
  });

  it('a gym review that grants the trainers only before faulting them does not thank the trainers', () => {
    const text =
      'Been a member for years and the equipment is always clean. While the trainers are nice, they never stay long and you are mostly on your own.';
    expect(replyTo('service', text)).not.toMatch(/trainers/i);
  });
});

describe('a slip of the pen is never told back', () => {
  it('answers a quibble written with a real-word slip without quoting it', () => {
    const text =
      'The player sounds superb and the battery lasts for days. My biggest problem is the lag of cases for it.';
    const reply = replyTo('electronics', text, 5);
    expect(reply).not.toMatch(/\blag of\b/i);
    // Left out rather than met with a stock nod that names nothing.
    expect(reply).not.toMatch(/frank comment|honest comment|taken on board|noted/i);
  });

  it('near miss: the same quibble spelt right is still read', () => {
    const read = readQuibble(
      'The player sounds superb. My biggest problem is the lack of cases for it.',
      null,
    );
    expect(read).toMatchObject({ found: true });
  });
});

describe('a real quibble in a 4-star review gets one gracious line', () => {
  it.each([
    ['The mount holds well, but the clip does not attach very firmly in the cold.', null],
    ['Bright and sharp. The cover interferes with the volume dial a little.', null],
    ['Works nicely on the desk.', 'Good lamp, maker needs a better power switch'],
  ])('reads the fault: %s', (text, title) => {
    expect(readQuibble(text, title).found).toBe(true);
  });

  it.each([
    ['Great little cafe and the cakes are lovely. It is cash only, though.'],
    ['The pasta was delicious, though the staff at the front desk were a bit rude.'],
  ])('reads a point about how the place is run: %s', (text) => {
    expect(readQuibble(text, null).found).toBe(true);
  });

  it.each([
    ['The pan is great and the eggs don’t stick at all.'],
    ['It does not need a better case, the one it comes with is fine.'],
  ])('near miss, no quibble: %s', (text) => {
    expect(readQuibble(text, null).found).toBe(false);
  });

  it('is sorry for the hassle of a repair sent away, and offers nothing', () => {
    const text =
      'I still like this tablet. The screen picked up scratches from the pen, and I had to send it in to have the screen replaced. A hassle.';
    const reply = replyTo('electronics', text, 4, 'Still a good tablet');
    expect(reply).toMatch(/hassle|bother|trouble/i);
    expect(reply).not.toMatch(/candid|upfront/i);
    expect(reply).not.toMatch(COMPENSATION);
  });

  it('answers a wish stated plainly by naming what was wished better', () => {
    const reply = replyTo(
      'electronics',
      'The headset works great and is comfy. I just wish they had better sound quality...for music',
      4,
    );
    expect(reply).toMatch(/the sound quality/i);
    expect(reply).not.toMatch(/frank comment|honest comment/i);
  });

  it('near miss: a fault the reviewer waves away is not taken up', () => {
    const reply = replyTo(
      'electronics',
      'Setup took two minutes and the sound is clear. I do have to turn the volume up a bit, but I am perfectly OK with it.',
      5,
    );
    expect(reply).not.toMatch(/feedback is noted|candour|on balance|point about|note about/i);
  });
});

describe('no stock line that misreads the visit', () => {
  const FILLER =
    /lovely time all round|just as it should be|someone left happy|If you ever need us again|On balance|I love reading|We love hearing/i;
  it.each([
    ['medical', 'I had a tooth pulled after a week of pain. They numbed me well and it did not hurt at all.'],
    ['medical', 'I have been coming to this practice for twenty years and would never go anywhere else.'],
    ['restaurant', 'Nice enough place, food was fine and came quickly.'],
    ['electronics', 'The card works fine, but memory cards either work or they do not.'],
    ['electronics', 'Easy to set up and I am 100% satisfied with the sound.'],
  ])('%s: %s', (kind, text) => {
    for (const rating of [4, 5]) expect(replyTo(kind, text, rating)).not.toMatch(FILLER);
  });
});

describe('the people a reviewer names are thanked by name', () => {
  it.each([
    ['Colleen is the NICEST receptionist!', 'Colleen'],
    ['Maria at the front desk is always so friendly.', 'Maria'],
    ['If you want nail art, request Annie!!', 'Annie'],
  ])('finds %s', (text, name) => {
    expect(findPeople(text)).toContain(name);
  });

  it.each([
    ['Coffee at the counter was great.'],
    ['You can request Express shipping.'],
    ['Rose at the front desk was lovely and kind.'],
  ])('near miss, no person: %s', (text) => {
    expect(findPeople(text)).toEqual([]);
  });

  it('a practice thanks its own doctor and receptionist by name', () => {
    const reply = replyTo(
      'medical',
      'Dr. Patel has looked after my family for years and is so patient. Colleen is the NICEST receptionist!',
    );
    expect(reply).toMatch(/Dr\. Patel/);
    expect(reply).toMatch(/Colleen/);
  });

  it('a name praised beside "have not shied away" is thanked, not answered as a complaint', () => {
    const reply = replyTo(
      'salon',
      'Love this place. They have not shied away from tricky designs (if you want nail art, request Annie!!). Always relaxed here.',
    );
    expect(reply).toMatch(/Annie/);
    expect(reply).not.toMatch(/honest about Annie|talk it over|have a word/i);
  });
});

describe('a point about the product itself is told as the trait it is about', () => {
  it.each([
    ['the phone is a little small', 'the cordless phone', 'the size of the phone'],
    ['the speaker is a bit flimsy', 'the Sony speaker', 'the build of the speaker'],
  ])('%s', (clause, product, told) => {
    expect(ownWords(clause, product)).toBe(told);
  });

  it.each([
    ['the portions were a little small', null, 'the small portions'],
    ['the buttons are a little small', 'the cordless phone', 'the small buttons'],
  ])('near miss, a part or a dish: %s', (clause, product, told) => {
    expect(ownWords(clause, product)).toBe(told);
  });

  it('never calls the reviewer’s own purchase "the small phone"', () => {
    const reply = replyTo(
      'electronics',
      'This cordless phone has great range and clear sound. The phone is a little small for my hands though.',
      4,
    );
    expect(reply).not.toMatch(/the small phone/i);
  });
});

describe('what the reviewer dreams about is what they praised most', () => {
  it.each([
    ['The soup was fine. I still dream about their dumplings.', 'dumplings'],
    ['Good burgers. I have dreams about that bread pudding sometimes.', 'the bread pudding'],
  ])('%s', (text, subject) => {
    const found = readPraise(text).find((p) => p.subject.endsWith(subject));
    expect(found).toMatchObject({ star: true });
  });

  it.each([['I dream of the day they open a second branch.'], ['I think of the staff as family.']])(
    'near miss: %s',
    (text) => {
      expect(readPraise(text)).toEqual([]);
    },
  );
});
