import { describe, expect, it } from 'vitest';
import { triageReview } from '../../server/src/triage/index.ts';

const actionsOf = (text: string) =>
  triageReview({ rating: 1, text }, { sectorGroup: 'trades_repairs' }).situation.priorActions;

describe('a follow-up the business already made is read as done', () => {
  it.each([
    'Pending dealership response - they called back the next day - no offer to make the situation right.',
    'The manager finally called me back and just repeated the same excuse.',
    'The owner emailed me after my first review but nothing changed.',
    'I got a call from the service manager who said there was nothing he could do.',
    'Someone from the office reached out to me and promised a refund that never came.',
  ])('reads %j', (text) => {
    expect(actionsOf(text)).toContain('business_followed_up');
  });

  it.each([
    'They never called me back.',
    'The manager said he would call me back, and I am still waiting.',
    'He called me a liar in front of everyone.',
    'I called them back three times and nobody answered.',
    'They did not reach out to me at all.',
    'If they had called me back, I would have given them another chance.',
  ])('does not read %j', (text) => {
    expect(actionsOf(text)).not.toContain('business_followed_up');
  });
});
