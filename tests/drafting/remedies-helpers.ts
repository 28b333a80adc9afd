import { chooseNextStep, type NextStep } from '@rebound/server/drafting/choose-remedy';
import { composeDraft } from '@rebound/server/drafting/index';
import { wordingGroupOf } from '@rebound/server/drafting/sector-words';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import type { Profile } from './remedy-helpers.ts';

/** The next step as a reply chooses it: read by the triage's group, offered in the business's own trade. */
export function stepAs(profile: Profile, text: string, rating = 1): NextStep {
  const triage = triageReview({ rating, text }, { sectorGroup: sectorGroupOf(profile.sector) });
  const situation = { ...triage.situation, sectorGroup: wordingGroupOf(profile) };
  return chooseNextStep(profile.remedies, situation, triage.themes, {
    regulated: profile.regulated,
    reviewText: text,
    knowsProblem: true,
  });
}

/** The offer's label, or '' for a call. */
export const labelOf = (step: NextStep): string => (step.kind === 'remedy' ? step.remedy.label : '');

/** The draft reply's text for a review with a title, as the composer reads it. */
export function draftWith(profile: Profile, text: string, rating: number, title: string): string {
  const review = { author: null, rating, text, title };
  const triage = triageReview(review, { sectorGroup: sectorGroupOf(profile.sector) });
  return composeDraft(review, triage, profile).text;
}
