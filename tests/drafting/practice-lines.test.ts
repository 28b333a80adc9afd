import { checkReply, hasBlocking } from '@rebound/shared';
import { describe, expect, it } from 'vitest';
import { replyTo } from './sample-drafts.ts';

// A practice bound by privacy rules names what a complaint was about only as a standard it keeps.
describe('a regulated practice names the area of a complaint without confirming a patient', () => {
  it.each([
    [
      'They told me my insurance would not cover it and billed me $500, though they are in network. Total scam.',
      /billing and insurance/i,
    ],
    ['Waited two hours past my appointment time and nobody told us anything.', /wait/i],
    ['The receptionist was rude and rolled her eyes at me.', /courtesy and respect|how our team speaks/i],
  ])('%s', (text, area) => {
    const reply = replyTo('medical', text, 1);
    expect(reply).toMatch(area);
    expect(reply).not.toMatch(/\$500|your (?:bill|insurance|appointment|wait|visit)|receptionist|patient/i);
    expect(hasBlocking(checkReply(reply, { regulated: true, reviewText: text }))).toBe(false);
  });

  it('does not name a standard for an area the reviewer praised', () => {
    const reply = replyTo(
      'medical',
      'The staff were lovely, but the results never came and nobody explains anything.',
      1,
    );
    expect(reply).not.toMatch(/courtesy and respect|how our team speaks/i);
  });
});
