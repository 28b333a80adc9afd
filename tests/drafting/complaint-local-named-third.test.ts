import { nameComplaints } from '@rebound/server/drafting/name-complaint';
import { describe, expect, it } from 'vitest';

type Group = Parameters<typeof nameComplaints>[1];
const named = (text: string, group: Group = 'food_hospitality'): string[] =>
  nameComplaints(text, group).map((n) => n.clause);
const wordings = (text: string, group: Group): string[] =>
  nameComplaints(text, group).flatMap((n) => [...n.wordings]);

describe('staff on a shop floor who offered no help', () => {
  const chatted =
    'I walked in and the clerks were too busy chatting with each other. Not one asked if I needed help with sizes, so I left.';

  it('names the help nobody offered', () => {
    expect(named(chatted, 'retail')[0]).toBe('nobody on the shop floor offered you any help');
  });

  it('never tells a shop that nobody came by to check on the reviewer', () => {
    const ignored = 'The girl at the till did not even acknowledge me and I waited ten minutes to pay.';
    expect(wordings(ignored, 'retail')).toContain('nobody looked after you the way they should have');
    expect(wordings(ignored, 'retail')).not.toContain('nobody came by to check on you');
    expect(wordings(chatted, 'retail')).not.toContain('nobody came by to check on you');
  });

  it('keeps the table-service wording for a restaurant', () => {
    const table = 'Our server did not come back to check on us and the drinks sat empty.';
    expect(wordings(table, 'food_hospitality')).toContain('nobody came by to check on you');
    expect(named(table, 'food_hospitality')).not.toContain('nobody on the shop floor offered you any help');
  });

  it('leaves staff who chatted but helped out of it', () => {
    expect(
      named(
        'The staff were chatting to each other when I came in, and one showed me the coats right away.',
        'retail',
      ),
    ).not.toContain('nobody on the shop floor offered you any help');
  });
});

describe('air conditioning that blew warm', () => {
  it('names the air conditioning ahead of a general word on the place', () => {
    const text =
      'This motel is a dump. The air conditioning unit blew out lukewarm air even on high cool, and the carpet was stained.';
    expect(named(text).slice(0, 2)).toContain('the air conditioning did not cool properly');
  });

  it('leaves a room said to be warm but cooled by the air conditioning alone', () => {
    expect(
      named('The room was warm when we arrived but the air conditioning cooled it fast. The bed was lumpy.'),
    ).not.toContain('the air conditioning did not cool properly');
  });
});

describe('a verdict on value told without its subject', () => {
  it('reads "would have expected much better at this price"', () => {
    expect(
      named('The room was small and the bath tiny. Would have expected much better at this price.'),
    ).toContain('what you got did not live up to the price');
  });

  it('still skips a wish that opens with "would"', () => {
    expect(
      named('The room was small. Would love to see better towels for this price next time.'),
    ).not.toContain('what you got did not live up to the price');
  });
});

describe('bedding left from the guest before', () => {
  it('names sheets that had not been changed since the last guest', () => {
    const text =
      'We found a wrapper under the covers and marks on the blanket, so we think the sheets had not been changed from the previous guest.';
    expect(named(text)[0]).toBe('the bed had not been changed since the last guest');
  });

  it('leaves a room the reviewer found clean after another guest out of it', () => {
    expect(
      named('The room had been cleaned after the previous guest and the bed was made. The pool was closed.'),
    ).not.toContain('the bed had not been changed since the last guest');
  });
});

describe('a return or exchange refused in a shop', () => {
  it('names the exchange refused', () => {
    expect(
      named(
        'I bought a lens cap at their other branch. I was told I can only exchange it at the store I bought it from.',
        'retail',
      ),
    ).toContain('you were not allowed to return or exchange what you bought');
  });

  it('leaves the reviewer who chose not to return it out of it', () => {
    expect(
      named('I did not return it because the box was gone. It stopped working after a week.', 'retail'),
    ).not.toContain('you were not allowed to return or exchange what you bought');
    expect(named('They refused to return my call about the order.', 'retail')).not.toContain(
      'you were not allowed to return or exchange what you bought',
    );
  });
});

describe('a place in disrepair', () => {
  it('reads "in utter disrepair" as the worn state of the place', () => {
    expect(named('This inn is in utter disrepair. We left early.')).toContain(
      'the place was so worn and dated',
    );
  });

  it('leaves a repair the reviewer asked for out of it', () => {
    expect(
      named('The lamp needed repair and they fixed it within the hour. Breakfast was cold.'),
    ).not.toContain('the place was so worn and dated');
  });
});

describe('a room not properly cleaned, beside a word on the price', () => {
  const text =
    'The lobby was nice. However, the room was not properly cleaned when we arrived and stayed that way. Would have expected much better at this price.';

  it('names the room first and the price after it', () => {
    expect(named(text).slice(0, 2)).toEqual([
      'the room was not clean',
      'what you got did not live up to the price',
    ]);
  });

  it('leaves a room said to be properly cleaned out of it', () => {
    expect(named('The room was properly cleaned every day, but the walls were thin.')).not.toContain(
      'the room was not clean',
    );
  });
});

describe('a cut the reviewer never asks for', () => {
  it("names a son's cut given that he never wants", () => {
    const text =
      'My son went in alone for the first time. The barber who usually cuts his hair was busy, and another one gave him a buzz cut all over. That was never the cut he wants.';
    expect(named(text, 'health')).toContain("your son's cut did not turn out the way it was asked for");
  });

  it("keeps the reviewer's own cut as theirs", () => {
    expect(
      named('I sat down and she gave me a buzz cut. That is not the cut I asked for.', 'health'),
    ).toContain('your cut did not turn out the way you asked');
  });

  it('leaves a cut someone else would not have picked out of it', () => {
    expect(
      nameComplaints('My husband says it is not the cut he would have picked, but I love it.', 'health').map(
        (n) => n.topic,
      ),
    ).not.toContain('salon');
  });
});

describe('a treatment done in a few minutes', () => {
  it('names the hurried treatment where the minutes are said as "only"', () => {
    expect(
      named(
        'My daughter had a speedy pedicure, only 12 minutes in the chair, and her polish was still wet.',
        'health',
      ),
    ).toContain('your appointment was rushed');
  });

  it('still reads a wait of only a few minutes as no wait', () => {
    expect(named('We waited only 5 minutes for a table and the food came fast.')).not.toContain(
      'you had such a long wait',
    );
  });
});
