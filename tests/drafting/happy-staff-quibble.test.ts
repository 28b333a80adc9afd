import { describe, expect, it } from 'vitest';
import { COMPLAINT_STYLE, replyTo } from './happy-drafts.ts';

describe('staff faulted for their manner in a 4-star review get one line', () => {
  it('"a couple of them were a little rude... which is why I gave it 1 less star" is taken up', () => {
    const text =
      'First time in Nashville and I had to visit. The store is so cute and I love the personal touches. Some of the employees acted like they were too cool, so a couple of them were a little rude... which is why I gave it 1 less star. All in all I am glad I went.';
    const reply = replyTo('shop', text, 4);
    expect(reply).toMatch(/\brude\b/);
    expect(reply).not.toMatch(/\bthem were\b/);
  });

  it('the same fault said in a plain sentence is still taken up', () => {
    const text =
      'Lovely shop with cute clothes. The staff were a bit rude, which is why I gave it 1 less star.';
    expect(replyTo('shop', text, 4)).toMatch(/\bstaff\b/);
  });
});

describe('a review whose staff are praised is not answered as a complaint', () => {
  it('an ellipsis before "and" in praise adds no apology', () => {
    const text =
      'Fun atmosphere, great service, excellent food... and we really loved the guacamole made at the table. The staff were so friendly.';
    expect(COMPLAINT_STYLE.test(replyTo('restaurant', text, 5))).toBe(false);
  });
});
