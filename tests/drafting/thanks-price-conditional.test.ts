import { readQuibble } from '@rebound/server/drafting/read-quibble';
import { recommends } from '@rebound/server/drafting/thanks-subject';
import { describe, expect, it } from 'vitest';
import { judgedProfile } from './judged/profile.ts';
import { draftFor } from './sample-drafts.ts';

const shop = judgedProfile('electronics-store');
const review =
  'Good cables, but way overpriced. They improve the picture, but not by much. If you see one for under $20 then I recommend picking it up.';

describe('a product praised but said to cost too much', () => {
  it('reads the price as the point, "but way overpriced" as much as "not worth the asking price"', () => {
    expect(readQuibble('Good cables, but way overpriced.', null)).toMatchObject({ found: true });
    expect(readQuibble('The cable is fine. It just is not worth the asking price.', null)).toMatchObject({
      found: true,
    });
  });

  it('is answered on the price, as one product has it, and not thanked for a recommendation at another price', () => {
    expect(recommends(review)).toBe(false);
    const reply = draftFor(shop, review, 4).text;
    expect(reply).toMatch(/\bthe price\b/);
    expect(reply).not.toMatch(/\bthe prices\b|\brecommend/i);
  });

  it('still hears a recommendation made to people of a taste, and plain praise of the price (near miss)', () => {
    expect(recommends('If you enjoy live music and good coffee, then I would recommend this place.')).toBe(
      true,
    );
    expect(readQuibble('Great sound and well worth the price.', null).found).toBe(false);
  });
});
