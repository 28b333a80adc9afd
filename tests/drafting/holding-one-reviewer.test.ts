import { describe, expect, it } from 'vitest';
import { holdingReplies } from './holding-helpers.ts';
import { localNegative } from './remedy-helpers.ts';

describe('a holding reply to someone who came alone asks after them, not after "everyone"', () => {
  it.each([
    ['medical', localNegative(214)],
    ['restaurant', 'I got food poisoning after the chicken here and was up all night.'],
  ])('%s: %s', (profile, text) => {
    for (const reply of holdingReplies(profile, text))
      expect(reply).not.toMatch(/\bhope everyone\b|\beveryone (?:is|involved)\b/i);
  });

  it('still asks after everyone when the reviewer came with others', () => {
    const replies = holdingReplies(
      'restaurant',
      'We all got food poisoning after the chicken here and were up all night.',
    );
    expect(replies.some((reply) => /\bhope everyone\b|\beveryone (?:is|involved)\b/i.test(reply))).toBe(true);
  });
});

describe('a call back promised and never made', () => {
  const bitten =
    'I woke up with bites on my arm that were not there the night before. I told the front desk at checkout.';
  it('is regretted beside the incident in a holding reply', () => {
    const replies = holdingReplies(
      'hotel',
      `${bitten} The manager rang and said he would call me back after inspecting the room. He never did.`,
    );
    for (const reply of replies) expect(reply).toMatch(/call(?:ed)? (?:you )?back/i);
  });

  it('is not mentioned when the call came', () => {
    const replies = holdingReplies(
      'hotel',
      `${bitten} The manager said he would call me back after inspecting the room, and he did the next day.`,
    );
    for (const reply of replies) expect(reply).not.toMatch(/call(?:ed)? (?:you )?back/i);
  });

  it('is named as the grievance of an ordinary complaint told in one sentence', async () => {
    const { nameComplaints } = await import('@rebound/server/drafting/name-complaint');
    expect(
      nameComplaints(
        'The manager said she would call us back the same day but never did.',
        'food_hospitality',
      ).map((n) => n.clause),
    ).toContain('the call back you were promised never came');
  });
});
