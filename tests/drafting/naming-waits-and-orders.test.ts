import { nameComplaints } from '@rebound/server/drafting/name-complaint';
import { reportedClause } from '@rebound/server/drafting/reported-clause';
import { describe, expect, it } from 'vitest';
import { named, replyTo } from './device-helpers.ts';
import { body, draftFor, judged } from './remedy-helpers.ts';

const atTable = (text: string): string[] => nameComplaints(text, 'food_hospitality').map((n) => n.clause);

describe('a wait at a restaurant told without minutes', () => {
  it('names being left standing before being seated', () => {
    const text =
      'We came in for dinner and were left standing by the host stand for way too long before being seated. The burger was fine.';
    expect(atTable(text)[0]).toBe('you were left standing so long before being seated');
    // A long table or a long menu is no wait.
    expect(atTable('The table was too long for the room and the menu ran to twelve pages.')).not.toContain(
      'you were left standing so long before being seated',
    );
  });

  it('names food that took a long while to come', () => {
    expect(atTable('Our order took quite a while even though the room was half empty.')[0]).toBe(
      'your food took so long to come',
    );
    expect(atTable('It took forever for our food to arrive.')[0]).toBe('your food took so long to come');
    // Not the time a dish took to cool, nor a hotel guest finding the laundry room.
    expect(atTable('The soup took a while to cool down.')).not.toContain('your food took so long to come');
    expect(atTable('Took a long time to find the laundry room.')).toEqual([]);
  });

  it('names a waiter who took a long while to come, not the food', () => {
    expect(atTable('Once we sat down it took a while until a server came over.')[0]).toBe(
      'you waited so long before anyone came to serve you',
    );
    expect(atTable('Our server took a while to notice the spilled water.')).toEqual([]);
  });

  it('puts the wait before a dessert taken home in a long review', () => {
    const text = [
      'Met a friend for a quick lunch.',
      'We were left standing at the entrance for far too long before being seated.',
      'The food took quite awhile, which was odd as it was not busy.',
      'I took a slice of lemon tart home for my wife and the tart was awful.',
      'Will not go back.',
    ].join(' ');
    const reply = body(draftFor(judged('restaurant'), text));
    expect(reply).toMatch(
      /standing so long before being seated|far too long to be seated|took so long to come/,
    );
    expect(reply).not.toMatch(/\btart\b/);
  });
});

describe('staff who stared at the table', () => {
  it('names the looks from the staff before a slow start to the service', () => {
    const text =
      'We got so many dirty looks from the staff that we could not relax over dinner. One server kept passing with a disgusted look. After we sat down it took a while until a waiter came. The paella was fine.';
    const names = atTable(text);
    expect(names[0]).toBe('the looks from our staff made you so uncomfortable');
    expect(body(draftFor(judged('restaurant'), text))).toMatch(/looks from our staff|feel so unwelcome/);
    // A dish that looks odd, or a look the reviewer gave, is no grievance about the staff.
    expect(
      atTable('The tart looks odd from the side but tasted fine. I gave the waiter a funny look.'),
    ).toEqual([]);
  });
});

describe('days that closed a return window are no wait', () => {
  it('does not read "can not return it, it has been over 30 days" as a long wait', () => {
    expect(
      named('It died after two months. Now I cannot return it because it has been over 30 days.'),
    ).not.toContain('you had to wait so much longer than you should have');
    // Days spent waiting on a refund after sending it back are still a wait.
    expect(named('I sent it back and it has been three weeks with no refund.')).toContain(
      'you had to wait so much longer than you should have',
    );
  });
});

describe('a fault of the reviewer’s other goods, said at the start of a sentence', () => {
  it('does not read "My current keyboard has broken keys" as the goods breaking', () => {
    expect(named('My current keyboard has broken keys, which is why I need this one soon.')).not.toContain(
      'it broke so quickly',
    );
    expect(named('My old router died after six years.')).toEqual([]);
    // The goods' own keys breaking is still told.
    expect(named('The keyboard has broken keys after a week.')).toContain('it broke so quickly');
  });
});

describe('an order that was never sent out', () => {
  it('names an order put back again and again, or not shipped at all', () => {
    expect(named('The site kept saying in stock. They delayed it four times and I gave up.')[0]).toBe(
      'your order was held up again and again',
    );
    expect(named('I ordered it in March and they still had not shipped it in May.')[0]).toBe(
      'your order still had not been sent out',
    );
    // A product whose launch was put back is no order of the reviewer's.
    expect(named('The launch was delayed several times before it reached the shops.')).toEqual([]);
    expect(named('They shipped it the same day.')).toEqual([]);
  });

  it('does not call an order that never shipped a broken product', () => {
    const reply = replyTo(
      'The listing says in stock. I ordered in early May and they could not even ship it by June. They delayed it several times. My current mouse has broken buttons, so this hurts.',
    );
    expect(reply).toMatch(/your order/);
    expect(reply).not.toMatch(/\bbroke\b|\bbroken\b/);
  });
});

describe('goods said only to have failed', () => {
  it('names what it failed at, not "the model failed"', () => {
    const reply = replyTo(
      'I bought two of these arms. This model is sold as holding a 20 lb screen; it failed badly at holding my 17 lb monitor. The screen just tipped forward.',
    );
    expect(reply).not.toMatch(/model failed/);
  });
});

describe('what we said, undone by what came next', () => {
  it('does not tell back a promise the reviewer says was then broken', () => {
    const text =
      'At check-out I asked them to confirm the bill. They said I was only being charged for two nights, and printed a receipt. But a day later my card showed three nights.';
    expect(reportedClause(text, {}) ?? '').not.toMatch(/we said/);
  });

  it('still tells back what we said when nothing undid it', () => {
    expect(reportedClause('They told me the room would not be ready until six in the evening.', {})).toBe(
      'we told you the room would not be ready until six in the evening',
    );
  });
});
