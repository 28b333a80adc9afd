import type { Triage } from '../triage/index.ts';
import type { BusinessProfile } from './business-profile.ts';
import { composeDraft, type Draft, type DraftReview } from './compose-draft.ts';

/** Up to `count` different drafts for the same review, for the owner to choose from. */
export function composeAlternatives(
  review: DraftReview,
  triage: Triage,
  profile: BusinessProfile,
  count: number,
): Draft[] {
  const drafts: Draft[] = [];
  const seen = new Set<string>();
  for (let variant = 0; drafts.length < count && variant < count * 4; variant++) {
    const draft = composeDraft(review, triage, profile, { variant });
    if (seen.has(draft.text)) continue;
    seen.add(draft.text);
    drafts.push(draft);
  }
  return drafts;
}
