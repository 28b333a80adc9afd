import { composeDraft } from '@rebound/server/drafting/index';
import { nameComplaints } from '@rebound/server/drafting/name-complaint';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { asDraftReview, loadMultiDomain } from '../triage/load-sentiment-data.ts';
import { judgedProfile } from './judged/profile.ts';

// "My player had the same headphones jack problem that so many people here have had, which ended up rendering it
// useless … Everything ran smoothly (except for an occasional freeze with the player which never became frequent
// enough to be a major burden)": the grievance is the jack that gave out. A reply that apologises "that it kept freezing
// on you" answers the one fault the reviewer waved away and leaves out the one that ended the player.

const clauses = (text: string) => nameComplaints(text, 'retail').map((c) => c.clause);

describe('a failed headphone jack, and a fault shrugged off as too rare to matter', () => {
  it('reads a headphones jack problem as trouble with the jack', () => {
    expect(
      clauses('Mine had the same headphones jack problem as everyone else, and now it is useless.').join(' '),
    ).toMatch(/headphone (?:jack|socket)/);
    // Near miss: a jack that gave no trouble is no grievance.
    expect(
      clauses('I never had any headphone jack problems, but the battery died after a month.').join(' '),
    ).not.toMatch(/jack/);
  });

  it('leaves out a fault said never to have been enough to matter', () => {
    const read = clauses(
      'The screen cracked in a week. It ran smoothly (except for an occasional freeze which never became frequent enough to be a major burden).',
    ).join(' ');
    expect(read).not.toMatch(/freez|lock/);
    expect(read).toMatch(/crack|screen|broke/);
  });

  it('still reads a fault that falls short of enough (near miss)', () => {
    expect(clauses('It kept freezing every few minutes.').join(' ')).toMatch(/freez|lock/);
    expect(clauses('The volume is not loud enough to be heard on a bus.').join(' ')).toMatch(/loud/);
  });

  it('names the jack, not the freezing, in the reply to the real review', () => {
    const review = loadMultiDomain('electronics_negative.review')
      .map(asDraftReview)
      .find((r) => /same headphones jack problem/.test(r.text));
    expect(review).toBeDefined();
    if (!review) return;
    const profile = judgedProfile('electronics-store');
    const triage = triageReview(review, { sectorGroup: sectorGroupOf(profile.sector) });
    const reply = composeDraft(review, triage, profile, { recent: [] }).text;
    expect(reply).toMatch(/headphone (?:jack|socket)/);
    expect(reply).not.toMatch(/freez|locking up/i);
  });
});
