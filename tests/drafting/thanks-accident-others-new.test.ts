import { accidentOfOthers } from '@rebound/server/drafting/thanks-subject';
import { describe, expect, it } from 'vitest';
import { everyWording, judged } from './remedy-helpers.ts';

// An accident that befell someone close to the reviewer (a son's truck, a wife's car) is not one they came through:
// the note is glad to have helped, never "glad you are safe".

const SAFE = /glad you are safe|came through the accident/i;

describe("an accident that was someone else's", () => {
  it.each([
    "We brought my son's truck here after it was in an accident and they dealt with the insurer for us.",
    'My wife had a minor accident in the new car, and the body shop made it look like new.',
  ])('is read as theirs: %s', (text) => {
    expect(accidentOfOthers(text)).toBe(true);
  });

  it.each([
    "I was rear-ended on the way home and my brother's mechanic sent me here.",
    'After my accident last winter they sorted the tow and the paperwork.',
  ])('is not read as theirs when the reviewer was in it (near miss): %s', (text) => {
    expect(accidentOfOthers(text)).toBe(false);
  });

  it('is never answered with gladness that the reviewer is safe', () => {
    const auto = judged('auto');
    const text =
      "I came to them after my daughter's car was in an accident. They were patient with the insurance forms and had it fixed in a week.";
    for (const draft of everyWording(auto, text, { rating: 5, count: 6 })) expect(draft).not.toMatch(SAFE);
  });

  it('still tells a reviewer who was in the crash that it is glad they are safe (near miss)', () => {
    const auto = judged('auto');
    const text =
      'I was in an accident on the highway last month. They were patient with the insurance forms and had my car fixed in a week.';
    const drafts = everyWording(auto, text, { rating: 5, count: 6 });
    expect(drafts.some((d) => SAFE.test(d))).toBe(true);
  });
});
