import * as tw from '@rebound/server/drafting/thanks-wording';
import { describe, expect, it } from 'vitest';
import { replyTo } from './happy-drafts.ts';

const firstVisit = (reply: string) => tw.inviteFirstVisit.some((line) => reply.includes(line));

// An order placed online and collected at the counter is a visit: the reviewer is asked back, never "in person one day".
describe('a reviewer who ordered online and collected in store', () => {
  it.each([
    'I ordered off their registry online for store pick up. It was easy when I got there: I gave my name and a guy from the back brought out the gift. Top notch service as always.',
    'Ordered online on their website and picked it up at the counter the next morning. Friendly staff, lovely shop.',
  ])('is not asked in for a first visit: %s', (text) => {
    expect(firstVisit(replyTo('shop', text, 5))).toBe(false);
  });

  it('still asks in a reviewer whose online order came to the door (near miss)', () => {
    const replies = [
      'Ordered online through their website for delivery to my sister. She loved the gift basket, beautifully wrapped!',
      'Ordered online through their website and it was delivered to my door the next day. Beautifully wrapped gift!',
      'Ordered a gift set online for delivery and it was delivered in two days, perfectly packed.',
    ].map((text) => replyTo('shop', text, 5));
    expect(replies.some(firstVisit)).toBe(true);
  });
});
