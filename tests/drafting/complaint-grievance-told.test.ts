import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type BusinessProfile, businessProfileSchema, composeDraft } from '@rebound/server/drafting/index';
import { nameComplaints } from '@rebound/server/drafting/name-complaint';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';

const loadProfile = (name: string): BusinessProfile =>
  businessProfileSchema.parse(
    JSON.parse(readFileSync(path.join(import.meta.dirname, 'judged', 'profiles', `${name}.json`), 'utf8')),
  );
const electronics = loadProfile('electronics-store');
const body = (text: string): string => text.slice(0, text.lastIndexOf('\n— '));
/** Every wording the composer tries for one review, so a rule holds whichever is chosen. */
function drafts(profile: BusinessProfile, text: string, rating = 1): string[] {
  const r = { author: null, rating, text, title: null };
  const triage = triageReview(r, { sectorGroup: sectorGroupOf(profile.sector) });
  return [0, 1, 2, 3, 4, 5].map((variant) => body(composeDraft(r, triage, profile, { variant }).text));
}

describe('a claim under a plan that would take weeks to pay', () => {
  const told =
    'I always buy the extra warranty. I contacted the plan company and was informed that it would take no less than four weeks to receive the replacement check after I sent them the item. I cancelled the contract immediately.';

  it('names the wait for the money rather than a fault in the goods', () => {
    expect(nameComplaints(told, 'retail')[0]?.clause).toMatch(/weeks for your money|would take weeks/);
    for (const d of drafts(electronics, told)) {
      expect(d).toMatch(/claim under the plan/);
      expect(d).not.toMatch(/failed|let you down/);
    }
  });

  it('does not read weeks of use, or a plan that paid out, as that wait', () => {
    expect(
      nameComplaints(
        'It would take weeks to get used to the keyboard, and the warranty is short.',
        'retail',
      ).map((n) => n.clause),
    ).not.toContain('a claim under the plan would have kept you waiting weeks for your money');
    expect(
      nameComplaints(
        'The repair would take three weeks to get back, they said. It stopped working again.',
        'retail',
      )
        .map((n) => n.clause)
        .join(' '),
    ).not.toMatch(/claim under the plan/);
  });
});

describe('an order the reviewer was already paid back for', () => {
  it('offers no replacement or refund to someone credited in full', () => {
    const text =
      'The card failed after 23 pictures. Amazon credited me with a full purchase price credit to my credit card account';
    for (const d of drafts(electronics, text)) expect(d).not.toMatch(/replacement|refund/i);
  });
});
