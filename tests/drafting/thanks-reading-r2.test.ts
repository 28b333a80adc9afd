import { clauseIn, readQuibble } from '@rebound/server/drafting/read-quibble';
import * as tw from '@rebound/server/drafting/thanks-wording';
import { describe, expect, it } from 'vitest';
import { COMPENSATION, replyTo } from './happy-drafts.ts';

const found = (text: string, title: string | null = null): boolean => readQuibble(text, title).found;

describe('the reason a 4-star review gives is read', () => {
  it.each([
    [
      'The pottery night was great fun and the teacher was patient. $50 is a bit much for two hours though.',
      null,
    ],
    ['Lovely curry and quick service, but they really need to tidy up the boxes piled by the door.', null],
    [
      'Friendly barbers and a sharp fade. They charge extra for cards, which is annoying in this day and age.',
      null,
    ],
    ['Great views from the room. The heating was never fixed during our stay.', null],
    ['Breakfast was good and the pool was warm. Staff were kind but no manager was ever available.', null],
    ['Works exactly as it should and has plenty of sockets.', 'Price went up'],
  ])('%s', (text, title) => {
    expect(found(text, title)).toBe(true);
  });

  it.each([
    'The pottery night was great fun and not too much for what you get.',
    'They fixed the heating within the hour, what a team.',
    'They do not charge extra for cards, which is rare around here.',
    'The price never went up in all the years I have shopped here.',
    'A manager was always around to help.',
  ])('near miss, no point raised: %s', (text) => {
    expect(found(text)).toBe(false);
  });

  it('answers the price in one gracious line, with no remedy', () => {
    const reply = replyTo(
      'service',
      'The pottery night was great fun and the teacher was patient. $50 is a bit much for two hours though.',
      4,
    );
    expect(reply).toMatch(/price|cost/i);
    expect(reply).not.toMatch(COMPENSATION);
  });
});

describe('no point is answered when a glowing review raised none', () => {
  it.each([
    'The pie looked nothing special on the plate, but one bite and we were hooked. Best dinner of the year.',
    'It might look plain from the street, yet inside it is the cosiest bar in town.',
  ])('%s', (text) => {
    expect(found(text)).toBe(false);
    expect(replyTo('restaurant', text)).not.toMatch(/comment|your point|feedback|candour|noted/i);
  });

  it('near miss: plain looks with no turn to praise are still a point', () => {
    expect(found('The food was lovely. The dining room looks nothing special and could use a refresh.')).toBe(
      true,
    );
  });
});

describe('a clause that does not read whole is never told back', () => {
  it.each([
    'I think they need to use a screen to show orders, it would help the queue, especially since the hall is closed and guests are waiting outside.',
    'It would help with the crowding, especially since the lobby is closed and people are standing in the rain.',
    'You pay cash for tours and there is no refund if illness etc.',
  ])('%s', (text) => {
    expect(clauseIn(text) ?? '').not.toMatch(/\s(?:and|or|but|if|when)(?:\s+\S+)?$|\betc\.?$/i);
    const read = readQuibble(text, null);
    expect(read.found && read.clause).toBeFalsy();
  });

  it('near miss: a whole clause is still told back', () => {
    expect(clauseIn('The only issue was that the music was too loud.')).toBe('the music was too loud');
    expect(clauseIn('The only issue was that the rooms were cold and the beds were hard.')).toBeTruthy();
  });
});

describe('stock lines', () => {
  it('never says a comment was passed on without naming it', () => {
    for (const line of [...tw.quibbleStatedUntold, ...tw.quibbleUntold, ...tw.quibbleHassleUntold])
      expect(line).not.toMatch(/passed|shared with|gone to|pass(?:ing)? (?:it|this) on/i);
  });

  it('never thanks a reviewer for "calling out" what they praised, and retires the worn vouch line', () => {
    expect(tw.praisedOpen.join(' ')).not.toMatch(/calling out/i);
    expect(tw.recommended.join(' ')).not.toMatch(/Passing our name on/);
  });
});
