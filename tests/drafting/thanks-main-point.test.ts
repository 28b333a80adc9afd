import { nameReservation } from '@rebound/server/drafting/name-reservation';
import { readQuibble } from '@rebound/server/drafting/read-quibble';
import { readPraise } from '@rebound/server/drafting/thanks-praise';
import { asksOnly } from '@rebound/server/drafting/thanks-question';
import * as tw from '@rebound/server/drafting/thanks-wording';
import { describe, expect, it } from 'vitest';
import { replyTo } from './sample-drafts.ts';

describe('jam is a fault only of a machine that feeds paper', () => {
  it.each([
    'The toast came with fresh jam made locally, and it changes often.',
    'The strawberry jam was a little too sweet for me.',
    'The place was jammed on Saturday night.',
  ])('not: %s', (sentence) => {
    expect(nameReservation(sentence)).toBeNull();
  });

  it('a printer that jams is still named', () => {
    expect(nameReservation('The printer jams now and then on thick paper.')).toBe('the occasional paper jam');
  });

  it('a breakfast review with homemade jam is not answered about paper jams', () => {
    const reply = replyTo(
      'restaurant',
      'Everything is cooked with care. My favourites are the waffles and the toast with fresh jam, which changes often. The wait outside is part of the fun.',
      5,
    );
    expect(reply).not.toMatch(/paper|jamming/i);
  });
});

describe('what keeps a review from five stars is read as its reservation', () => {
  it.each([
    ['Works well. If the price was a little lower I would give it five stars.', /price/],
    ['Lovely little speaker. I would give it 5 stars if the battery lasted longer.', /battery/],
    ['Very sharp picture but it is slow to focus.', /speed/],
    ['Good router. The rebate takes a long time to arrive though.', /rebate/],
    ['The waiter forgot to bring our drinks but the pasta was great.', /drinks/],
    ['Clear calls and a big screen. I do not like the "click" noise when it docks.', /the click noise/],
    ['We did not like the music in the bar, but the room was lovely.', /the music/],
  ])('%s', (text, named) => {
    const q = readQuibble(text, null);
    expect(q.found).toBe(true);
    expect(`${q.found ? `${q.noun ?? ''} ${q.clause ?? ''}` : ''}`).toMatch(named);
  });

  it.each([
    'If you want a solid cable I would give this 5 stars.',
    'I would give it five stars without a second thought.',
    'Fast, quiet and the picture is sharp.',
  ])('not: %s', (text) => {
    expect(readQuibble(text, null).found).toBe(false);
  });

  it('a dislike of "the way" something is names no thing', () => {
    const q = readQuibble('I do not like the way it looks on the desk.', null);
    expect(q.found && q.noun).not.toBe('the way');
  });

  it('the reservation is named in the reply to a four-star product review', () => {
    const reply = replyTo(
      'electronics-store',
      'Good clear picture on this webcam but it is slow when the light is low.',
      4,
    );
    expect(reply).toMatch(/speed/);
  });
});

describe('a text that only asks something is answered, not thanked for praise', () => {
  it.each([
    'Will this hub link four consoles together for a LAN party? I need to know before I buy.',
    'Does this adapter fit the older model with the round plug?',
    'I was wondering if anyone knew whether this switch would work for linking three consoles together for a big match.',
    'Do you take bookings for groups of twelve on a Saturday?',
  ])('%s', (text) => {
    expect(asksOnly(text)).toBe(true);
    const reply = replyTo(text.includes('groups') ? 'restaurant' : 'electronics-store', text, 5);
    expect(reply).toMatch(/question|asking/i);
    expect(reply).not.toMatch(/enjoy|getting so much out of|glad (?:you|it|the)|pleased|went well|praise/i);
  });

  it.each([
    'Great little hub. Does anyone know if it works with a Mac?',
    'I love it. Why did I wait so long?',
    'Arrived quickly and does the job.',
    'This note covers the four-port travel hub. The cord runs about two feet, from the tower on the floor to the desk. One plug carries data and the other carries power. The power plug is only for heavy devices, and if so why buy a hub this small anyway? It has a socket for a separate adapter too.',
    'It is a Nikon strap made for a Nikon body -- how can you go wrong?',
  ])('not question-only: %s', (text) => {
    expect(asksOnly(text)).toBe(false);
  });
});

describe('a review that leads with the people thanks them first', () => {
  it('staff first, then the room', () => {
    const reply = replyTo(
      'hotel',
      'The staff were wonderful and so helpful at check-in. The room was clean and the breakfast was good.',
      5,
    );
    expect(reply.split('\n— ')[0]).toMatch(/\bstaff\b/);
  });
});

describe('praise said plainly is not hedged, and stock lines are gone', () => {
  it.each([
    'sounds as though',
    'Some reviews are a joy to read',
    'Telling others like this is a real kindness',
    'a happy customer telling a friend',
    'recommended by a customer',
  ])('no line says "%s"', (phrase) => {
    const all = Object.values(tw as Record<string, unknown>).flatMap((x: unknown) =>
      Array.isArray(x) ? x.filter((y: unknown): y is string => typeof y === 'string') : [],
    );
    expect(all.some((line) => line.includes(phrase))).toBe(false);
  });

  it('a regular who says how often they stay is greeted as one', () => {
    const reply = replyTo(
      'hotel',
      'This was our fifth stay here and the staff remembered us again. The room was spotless and the bed was so comfortable, and the breakfast was lovely as always.',
      5,
    );
    expect(reply).toMatch(
      /keep coming back|keep returning|familiar face|again and again|Regulars like you|time after time|all this time|keep choosing us/i,
    );
  });
});

describe('high praise in less common words is read as praise', () => {
  it.each([
    ['The lamb was exquisite and we had a lovely evening.', 'the lamb'],
    ['We shared a box to go, and the pastries were sublime.', 'the pastries'],
    ['We stayed two nights and the view was magnificent.', 'the view'],
  ])('%s', (text, subject) => {
    expect(readPraise(text, []).map((p) => p.subject)).toContain(subject);
  });
});
