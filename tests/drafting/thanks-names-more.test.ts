import { productPraise, readPraise } from '@rebound/server/drafting/thanks-praise';
import { praisesValue } from '@rebound/server/drafting/thanks-subject';
import { describe, expect, it } from 'vitest';
import { bodyOf, replyTo } from './happy-drafts.ts';

// A thank-you to a happy reviewer names something they really praised: the dish they went on to describe, the updates
// a garage kept them in, the buffet they said they love, the way a mount stays put, the fair prices of a shop.

const subjects = (text: string): string[] => readPraise(text).map((p) => p.subject);
const hows = (text: string, product: string | null = null): string[] =>
  productPraise(text, null, product).map((p) => p.how ?? '');

describe('praise told in the sentence after the thing is named', () => {
  it('reads "It was warm and so good" as praise of the dessert they had just chosen', () => {
    const praise = readPraise(
      'For dessert we decided on the cheesecake and we were glad we did! It was big, creamy, and so fresh.',
    );
    expect(praise.map((p) => p.subject)).toContain('the cheesecake');
    expect(praise.find((p) => p.subject === 'the cheesecake')?.words).toEqual(['creamy', 'fresh']);
  });

  it('names the dessert in the thanks rather than thanking for the kind words alone', () => {
    const reply = replyTo(
      'restaurant',
      'We came for a friend’s birthday. The mains were fine. To finish we shared the tiramisu and I am glad we did! It was light, creamy, and so delicious.',
      5,
    );
    expect(bodyOf(reply)).toMatch(/tiramisu/);
  });

  it('still reads no praise where the next sentence takes it back or the thing is many (near misses)', () => {
    expect(subjects('We ordered the lasagne. It was not tasty at all.')).not.toContain('the lasagne');
    expect(subjects('I had the lamb. It was a bit dry but tender.')).not.toContain('the lamb');
    expect(subjects('We got the wings. It was crispy.')).not.toContain('the wings');
  });
});

describe('updates on the progress of the work', () => {
  it('reads "they kept me updated" as praise of the progress updates', () => {
    expect(
      subjects('They were quick and kept me updated on the progress of my car the whole week.'),
    ).toContain('the progress updates');
    expect(subjects('The shop kept us informed at every step.')).toContain('the progress updates');
  });

  it('names them in a garage’s thanks', () => {
    const reply = replyTo(
      'auto',
      'I took my van in after a fender bender. They were friendly and helpful, and I really appreciated that they kept me informed on the progress of the repair.',
      5,
    );
    expect(bodyOf(reply)).toMatch(/progress updates/);
  });

  it('reads no praise where nobody kept them informed (near miss)', () => {
    expect(subjects('Nobody ever kept me updated, but the paint job is good.')).not.toContain(
      'the progress updates',
    );
    expect(subjects('They did not keep me informed at all.')).not.toContain('the progress updates');
  });
});

describe('"Love the …" opening a sentence', () => {
  it('reads the thing loved without an "I" before it', () => {
    expect(subjects('Love the dumplings, the staff are lovely, and we come every Friday.')).toContain(
      'the dumplings',
    );
    expect(subjects('Loved the rooftop pool.')).toContain('the rooftop pool');
  });

  it('reads nothing from a love of the idea or of the way things are (near miss)', () => {
    expect(subjects('Love the idea, but it broke in a week.')).toEqual([]);
  });
});

describe('a product that stays where it is set', () => {
  it('tells back how well it stays put', () => {
    expect(
      hows('My old suction mount kept falling. Even on bumpy roads, it stays put.', 'the mount'),
    ).toContain('well the mount stays put');
    expect(hows('I wear them running, and they stay put without hurting.')).toContain('well they stay put');
  });

  it('tells nothing of one that does not, or stays put only for a while (near misses)', () => {
    expect(hows("It doesn't stay put on the dash.", 'the mount')).toEqual([]);
    expect(hows('It stays put for a few days and then drops off.', 'the mount')).toEqual([]);
  });
});

describe('fair prices', () => {
  it('reads "prices are fair" and "prices can\'t be beaten" as praise of the value', () => {
    expect(praisesValue('The store is clean and prices are fair.')).toBe(true);
    expect(praisesValue('The prices just can’t be beaten here.')).toBe(true);
    expect(praisesValue('Fair prices and a friendly team.')).toBe(true);
  });

  it('reads no praise in prices found wanting (near misses)', () => {
    expect(praisesValue('Prices were not fair at all.')).toBe(false);
    expect(praisesValue('The prices are fair but the food is overpriced for what it is.')).toBe(false);
  });
});

describe('a dish called magical', () => {
  it('reads "the food was magical" as praise of the food', () => {
    expect(subjects('The food was magical!')).toContain('the food');
  });
});
