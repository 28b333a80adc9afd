import { describe, expect, it } from 'vitest';
import { triageReview } from '../../server/src/triage/index.ts';
import { replyTo } from '../drafting/sample-drafts.ts';

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
    'Two weeks later they called me back offering to beat their last quote if I signed that day.',
  ])('does not read %j', (text) => {
    expect(actionsOf(text)).not.toContain('business_followed_up');
  });
});

describe('a complaint reply after a follow-up that put nothing right', () => {
  const text =
    'They called back the next day - no offer to make the situation right. The price they quoted went up by $900 when I came in.';

  it('owns that the follow-up did not help, and offers to put it right rather than only to hear it again', () => {
    const reply = replyTo('auto', text, 1);
    expect(reply).toMatch(
      /came back to you, but without a way to put it right|Hearing back from us was no help|Our reply to you at the time left things no better/,
    );
    expect(reply).not.toMatch(/hear how (?:this|it) happened|hear (?:more|what happened)/i);
  });
});
