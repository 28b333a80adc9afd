import { type BusinessProfile, composeDraft } from '@rebound/server/drafting/index';
import * as templates from '@rebound/server/drafting/templates';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { loadProfile } from './sample-drafts.ts';

const reply = (profile: BusinessProfile, text: string, rating = 1) => {
  const review = { author: null, rating, text, title: null };
  const triage = triageReview(review, { sectorGroup: sectorGroupOf(profile.sector) });
  return { triage, text: composeDraft(review, triage, profile, { recent: [] }).text };
};

describe('a holding reply names the incident as the reviewer told it', () => {
  it('speaks of the illness, never of the reviewer being unwell, since it is often someone else who fell ill', () => {
    const { triage, text } = reply(
      loadProfile('restaurant'),
      'My husband became very sick from the shrimp we had here on Friday and spent the night throwing up.',
    );
    expect(triage.escalation.escalate).toBe(true);
    expect(text).toMatch(/your husband falling ill after the meal/);
    expect(text).not.toMatch(/you being unwell/);
  });

  it.each([
    ['We found bed bugs in the room on our second night and had to move.', /bed bugs/],
    ['I woke up with a few bites all over my arms after sleeping in the beds in my room.', /bites/],
    ['There were cockroaches running across the bathroom floor.', /cockroaches/],
  ])('names what was found: %j', (text, words) => {
    const { triage, text: draft } = reply(loadProfile('hotel'), text, 2);
    expect(triage.situation.incidents).toContain('pests');
    expect(draft).toMatch(words);
    expect(draft).not.toMatch(/the pests you describe/);
  });
});

describe('a holding reply reads right whatever the incident is called', () => {
  it('never makes the incident, which may be told in the plural ("the electric shocks you describe"), the subject of "is"', () => {
    const pools = Object.entries(templates).filter(([name]) => name.startsWith('holding'));
    expect(pools.length).toBeGreaterThan(3);
    for (const [, pool] of pools)
      for (const line of pool as readonly string[]) expect(line).not.toMatch(/\{[Pp]\} (?:is|was)\b/);
  });
});
