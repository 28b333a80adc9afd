import { composeDraft } from '@rebound/server/drafting/index';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { explainEscalationReason } from '../../shared/src/escalation-reasons.ts';
import { loadProfile } from '../drafting/sample-drafts.ts';

const triage = (
  text: string,
  sectorGroup: 'health' | 'retail' | 'food_hospitality' | 'software' = 'health',
) => triageReview({ rating: 1, text }, { sectorGroup });

describe('a customer’s privacy given away is held for the owner', () => {
  it.each([
    'They talk and laugh about patients in the back, meanwhile you can hear everything from out in the waiting room.',
    'The nurse announced my diagnosis in front of a full waiting room.',
    'The receptionist read out my test results loudly at the front desk.',
    'They shared my medical history with my employer without asking me.',
    'Someone on staff posted photos of my son on their Instagram without our permission.',
    'This is a clear HIPAA violation and I have reported it.',
    'Giving my phone number to a stranger is a breach of privacy.',
  ])('escalates %j', (text) => {
    const triaged = triage(text);
    expect(triaged.situation.incidents).toContain('privacy');
    expect(triaged.escalation.escalate).toBe(true);
  });

  it('escalates an app that sold its users’ details to marketers', () => {
    expect(
      triage('They sold my personal data to third parties and now I get spam daily.', 'software').situation
        .incidents,
    ).toContain('privacy');
  });

  it.each([
    'The staff always respected my privacy and the rooms have proper curtains.',
    'The doctor discussed my test results with me carefully and answered every question.',
    'They talk about patients like people, not numbers, and the wait was short.',
    'There was no privacy violation, just a long wait and a rude receptionist.',
    'The walls are thin and you can hear the next room.',
    'I shared my photos with the stylist so she knew the look I wanted.',
  ])('does not escalate %j', (text) => {
    expect(triage(text).situation.incidents).not.toContain('privacy');
  });

  it('explains the reason in the inbox in plain words', () => {
    expect(explainEscalationReason('privacy')).toMatch(/private information/);
  });
});

describe('the holding reply to a privacy complaint', () => {
  const draftFor = (kind: string, text: string) => {
    const profile = loadProfile(kind);
    const review = { author: 'Sam P.', rating: 1, text, title: null };
    return composeDraft(
      review,
      triageReview(review, { sectorGroup: sectorGroupOf(profile.sector) }),
      profile,
      {
        recent: [],
      },
    );
  };

  it('names the concern without repeating the private matter or admitting it', () => {
    const draft = draftFor('shop', 'The cashier read out my home address for everyone to hear at the till.');
    expect(draft.kind).toBe('holding');
    expect(draft.text).toMatch(
      /breach of your privacy you (?:describe|mention|report)|privacy in your review/,
    );
    expect(draft.text).not.toMatch(/home address|we (?:shared|read out)|our fault/i);
  });

  it('keeps a clinic’s reply general, so it confirms nobody was a patient', () => {
    const draft = draftFor(
      'medical',
      'They talk and laugh about patients in the back, and you can hear everything from the waiting room.',
    );
    expect(draft.kind).toBe('holding');
    expect(draft.text).not.toMatch(/patients in the back|laugh|your (?:visit|appointment|treatment)/i);
  });
});
