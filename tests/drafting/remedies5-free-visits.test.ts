import { describe, expect, it } from 'vitest';
import { draftPage } from './page-helpers.ts';
import { body, draftFor, judged, stepFor } from './remedy-helpers.ts';

const restaurant = judged('restaurant');
const labelOf = (step: ReturnType<typeof stepFor>): string =>
  step.kind === 'remedy' ? step.remedy.label : '';
// Any wording of the restaurant's free visit, as a page's reader would know it again.
const FREE_VISIT = /\b(?:a table on us|a meal on us|on the house|at our expense)\b/i;

const STEAKS =
  'This place has gone down in the last 5 years. Steaks are not up to par anymore, certainly not in this price range. Regular, okay steak. Expectations not met at all. Presentation is lacking.';

describe('a free visit offered only to a guest it would bring back to a table', () => {
  it('gives no table to a cake bought over the counter and kept waiting for', () => {
    const text =
      'I went in to buy a bundt cake. I was told it would take 15 minutes and 25 minutes later I was still waiting while the supervisor chatted with friends.';
    expect(labelOf(stepFor(restaurant, text, 2))).not.toMatch(/\btable\b/);
  });

  it('nor to a cone at the drive-through', () => {
    const text =
      'Went to the drive through for an ice cream and the staff were rude and ignored us for ten minutes.';
    expect(labelOf(stepFor(restaurant, text, 1))).not.toMatch(/\btable\b/);
  });

  it('but still offers it to a guest kept waiting at their table (near miss)', () => {
    const text =
      'We were seated and then ignored by our waiter for 25 minutes while he chatted with friends at the bar.';
    expect(labelOf(stepFor(restaurant, text, 2))).toMatch(/\btable on us\b/);
  });

  it('gives no next visit to a diner who tells others to take their dollars somewhere else', () => {
    const text = `${STEAKS} Take your dollars somewhere else.`;
    expect(body(draftFor(restaurant, text))).not.toMatch(FREE_VISIT);
  });

  it('but does for the same verdict without the warning (near miss)', () => {
    const text = STEAKS;
    expect(body(draftFor(restaurant, text))).toMatch(FREE_VISIT);
  });
});

// Guests let down by the service at their table, each of whom the restaurant's amends for the wait and the staff fit.
const slights = [
  'We were seated and then ignored by our waiter for 25 minutes. Nobody came to take our order.',
  'Our server was rude and rolled her eyes when we asked for the menu again.',
  'We sat at our table for half an hour before anyone greeted us.',
  'The hostess was dismissive and our waiter never came back to check on us.',
  'Our waitress forgot us for 40 minutes and never refilled our water.',
  'We were seated and then waited 45 minutes for anyone to take our order.',
  'The waiter was rude and hurried us out of the booth before we had finished.',
  'Nobody checked on our table the whole evening and the server was short with us.',
];

describe('a page of service complaints', () => {
  const page = draftPage(restaurant, slights, 'remedies5-visits', 2);
  const given = page.map((reply) => FREE_VISIT.test(body(reply)));

  it('offers the table on us to the first guest', () => {
    expect(given[0]).toBe(true);
  });

  it('does not hand a free visit to every other complaint: once in any eight replies in a row', () => {
    for (let i = 0; i < given.length; i++) {
      const window = given.slice(Math.max(0, i - 7), i + 1).filter(Boolean).length;
      expect(window, `reply ${i + 1}`).toBeLessThanOrEqual(1);
    }
  });

  it('still gives each later guest a time and a contact', () => {
    for (const reply of page.slice(1)) expect(body(reply)).toMatch(/\(555\) 201-4410|marco@/);
  });
});
