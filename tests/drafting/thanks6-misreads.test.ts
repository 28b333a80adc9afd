import { describe, expect, it } from 'vitest';
import { everyWording, judged } from './remedy-helpers.ts';

// A thank-you says nothing the review did not: no choice of a local shop from one who never says where they bought,
// no fault of an older model or another brand told as a fault of this one, no two doctors made of one name spelt two
// ways, and no line about who the review will help said twice in one note.

const happy = (profile: string, text: string, rating = 5, count = 40) =>
  everyWording(judged(profile), text, { rating, count });

describe('thanks for choosing a local shop', () => {
  it('is never given where the review says nothing of where it was bought', () => {
    const drafts = happy(
      'electronics-store',
      'This memory card is quick and has plenty of room for my photos. It slows down a bit as it fills up, but I would buy it again.',
      4,
      80,
    );
    for (const draft of drafts) expect(draft).not.toMatch(/local shop/i);
    expect(drafts.some((draft) => /chose us/.test(draft))).toBe(true);
  });

  it('may be given to a reviewer who says they bought it at their local store (near miss)', () => {
    const drafts = happy(
      'electronics-store',
      'Picked this memory card up at my local store. It is quick and has plenty of room for my photos. I would buy it again.',
      5,
      80,
    );
    expect(drafts.some((draft) => /local shop/i.test(draft))).toBe(true);
  });
});

describe('a fault of an earlier model', () => {
  const text =
    'I love the new player. The screen is bright and the earbuds are far more comfortable. ' +
    'The battery now lasts a full day. I would never go back to the 1st gen players since they scratch easily and have a short battery life. ' +
    'Great value and a great gift.';

  it('is not told back as a fault of the one the reviewer bought', () => {
    for (const draft of happy('electronics-store', text))
      expect(draft).not.toMatch(/short battery|battery life/i);
  });

  it('is told back when the reviewer finds it in their own (near miss)', () => {
    const drafts = happy(
      'electronics-store',
      'I love the new player. The screen is bright and the earbuds are far more comfortable. My only complaint is the short battery life.',
      4,
    );
    expect(drafts.some((draft) => /battery/i.test(draft))).toBe(true);
  });
});

describe('a fault of another brand, told over a wrapped line', () => {
  it('is not read as a fault of the mouse the reviewer loves', () => {
    const drafts = happy(
      'electronics-store',
      'Years ago I bought a different brand of wireless mouse, I forget\nwhich one, but it was awful (the battery contacts kept coming loose\nand it was hard to use).\nThis one just works. Plug it in and go. I recommend it highly.',
    );
    for (const draft of drafts) expect(draft).not.toMatch(/battery/i);
  });

  it('is still read when it ends a line of its own about this mouse (near miss)', () => {
    const drafts = happy(
      'electronics-store',
      'This one just works. Plug it in and go. I recommend it.\nBut the battery life is a little too short for me.',
      4,
    );
    expect(drafts.some((draft) => /battery/i.test(draft))).toBe(true);
  });
});

describe('one doctor whose name the reviewer spells two ways', () => {
  it('is thanked once, by the spelling the review gives more often', () => {
    const drafts = happy(
      'medical',
      'Dr. Kanarish was just as the other reviews said. The staff were kind and the place was spotless. ' +
        'The price for the surgery was fair. From now on we will see Dr. Karanish for everything. ' +
        'Anyone looking for a caring doctor should see Dr. Karanish.',
    );
    for (const draft of drafts) expect(draft).not.toMatch(/Kanarish/);
    expect(drafts.some((draft) => /Dr\. Karanish/.test(draft))).toBe(true);
  });

  it('leaves two doctors with different names as two (near miss)', () => {
    const drafts = happy(
      'medical',
      'Dr. Holmes was kind and careful. The staff were lovely. Dr. Edwards explained everything clearly. We will be back.',
    );
    expect(drafts.some((draft) => /Holmes/.test(draft) && /Edwards/.test(draft))).toBe(true);
  });
});

describe('who the review will help', () => {
  it('is said once in a note, not again in the line on the quibble', () => {
    const drafts = happy(
      'electronics-store',
      'A great basic phone. The memory keys are easy to set and it hangs on the wall. ' +
        'The only thing I do not like is the buttons on the handset. I would recommend this phone to anyone.',
      4,
      60,
    );
    for (const draft of drafts)
      expect(draft.match(/shoppers|weighing one up|next person choosing/gi)?.length ?? 0).toBeLessThan(2);
    expect(drafts.some((draft) => /buttons/.test(draft))).toBe(true);
  });
});

describe('a mix-up over goods ordered', () => {
  const text =
    'I ordered version 8 the day it was announced but they shipped version 7 instead. Five weeks later the update disc came. ' +
    'My wife used version 7 on her trip to Rome. She was pleased with how accurate it was and said it let her get around with confidence.';

  it('is not called a visit, nor named by the word for the goods', () => {
    for (const draft of happy('electronics-store', text, 4)) {
      expect(draft).not.toMatch(/\bvisit to go\b|shine off your visit/i);
      expect(draft).not.toMatch(/version order/i);
    }
  });

  it('at a table is still a visit that went wrong (near miss)', () => {
    const drafts = happy(
      'restaurant',
      'We ordered the lamb but they brought us the chicken instead. Ten minutes later the lamb came. It was tender, and the staff were lovely.',
      4,
    );
    expect(drafts.some((draft) => /mix-up over your lamb order/.test(draft))).toBe(true);
  });
});
