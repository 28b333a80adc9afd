import { describe, expect, it } from 'vitest';
import { toSecondPerson } from '../../server/src/drafting/phrase-problem.ts';
import { reportedClause } from '../../server/src/drafting/reported-clause.ts';

describe('the reviewer’s account told back in the second person', () => {
  it('turns the first person and its verbs', () => {
    expect(toSecondPerson('I was left at the counter while my order sat there')).toBe(
      'you were left at the counter while your order sat there',
    );
    expect(toSecondPerson('we waited and nobody told us why')).toBe('you waited and nobody told you why');
    expect(toSecondPerson('my sister and I were seated last')).toBe('you and your sister were seated last');
  });

  it('tells back what happened from the most critical part of the review', () => {
    const text =
      'We came in on a quiet Tuesday evening. We sat for forty minutes before anyone took our order. The bread was nice.';
    expect(reportedClause(text)).toBe('you sat for forty minutes before anyone took your order');
  });

  it('drops an "also" that ties the clause to a fault left untold', () => {
    const text = 'The clips are weak, you know. The depth of the sockets is also not great.';
    const told = reportedClause(text, { products: true }) ?? '';
    expect(told).toMatch(/depth of the sockets/);
    expect(told).not.toMatch(/\balso\b/);
  });

  it('never tells back a heading like "the bad part" as the fault', () => {
    const text = 'It works, sort of. Now the bad part. The clip is weak.';
    expect(reportedClause(text, { products: true }) ?? '').not.toMatch(/bad part/);
  });

  it('does not take "still" or "again" alone for a grievance', () => {
    const thrown = 'It got so annoying that I tossed it in the garage. It is still sitting there.';
    expect(reportedClause(thrown, { products: true }) ?? '').not.toMatch(/sitting there/);
    // Beside a real cue it still counts: the fault is told back.
    expect(
      reportedClause('Bought it in March. It still will not charge overnight.', { products: true }),
    ).toMatch(/still will not charge/);
  });

  it('says "it" of the item only when the review is about goods', () => {
    const text = 'Bought this lamp for my desk in March. It flickers constantly and the switch is stiff.';
    expect(reportedClause(text, { products: true })).toMatch(/^it flickers constantly/);
    expect(reportedClause(text, { products: false })).not.toMatch(/^it\b/);
  });

  it('tells back what our staff did as ours, and not when the staff are someone else’s', () => {
    const text = 'The technician refused to look at the second unit without another fee.';
    expect(reportedClause(text, { staffOurs: true })).toBe(
      'our technician refused to look at the second unit without another fee',
    );
    expect(reportedClause(text, { staffOurs: false })).toBeNull();
  });

  it('leaves out verdicts, feelings, names, quotes and questions', () => {
    expect(reportedClause('I would never recommend this place to anyone. Avoid.')).toBeNull();
    expect(reportedClause('I was so disappointed and upset with the whole thing.')).toBeNull();
    expect(reportedClause('Then Karen at the desk never called us back about the deposit.')).toBeNull();
    expect(reportedClause('Why did nobody answer the phone for three days?')).toBeNull();
    expect(reportedClause('The clerk said "not my problem" and walked off.')).toBeNull();
    expect(reportedClause('I have not stayed in other hotels nearby, so I cannot compare.')).toBeNull();
    expect(reportedClause('We have not had hot water for three days.')).toBe(
      'you have not had hot water for three days',
    );
  });

  it('does not tell back a clause that points at something said before it', () => {
    expect(reportedClause('Nothing about them was ready when they said it would be.')).toBeNull();
  });

  it('does not tell back a clause cut off at its verb', () => {
    expect(reportedClause('The naan bread is not. It is a cracker cut into strips.')).toBeNull();
  });

  it('does not tell back what the reviewer said, texted or asked', () => {
    expect(reportedClause('I phoned again and I told them no, I wanted the order cancelled.')).toBeNull();
  });

  it('does not say "it" of the item when "it" is a review or a letter named just before', () => {
    const text = 'I sent a complaint by email last month, but it never got an answer from anyone.';
    expect(String(reportedClause(text, { products: true }))).not.toMatch(/^it\b/);
    expect(
      reportedClause('Bought this kettle in May. It stopped heating after a week.', { products: true }),
    ).toBe('it stopped heating after a week');
  });

  it('does not tell back the second of two things as if it were the only one', () => {
    const text = 'The lid and the jug don’t fit together well and leak a little.';
    expect(reportedClause(text, { products: true })).toBeNull();
    expect(reportedClause('I ordered the soup and the bread was stale.')).toBe('the bread was stale');
  });

  it('does not tell back a bare number that reads as a time or a code', () => {
    expect(reportedClause('I did not get the call by 1100 that they promised me.')).toBeNull();
  });

  it('tells back a loss the reviewer measured, told without a negative word', () => {
    const text =
      'I started out with 2 gigabytes. After deleting all of the photos from this card, the capacity had suddenly decreased to only half! Not good';
    expect(reportedClause(text, { products: true })).toBe('the capacity had suddenly decreased to only half');
  });

  it('does not tell back a comparison with another company as the fault', () => {
    const text =
      "I called their customer support. They weren't like the others, nobody is that bad, but it was slow.";
    expect(reportedClause(text, { products: true }) ?? '').not.toMatch(/nobody is that bad/);
  });
});
