import { fitReplyToPlatform } from '@rebound/shared';
import { checkReply } from '@rebound/shared/tone-check/index';
import type { Db } from '../../db/client.ts';
import { composeAlternatives } from '../../drafting/index.ts';
import { loadForDrafting } from './drafting-input.ts';

/** A few different drafts for the same review, each with its findings, for the owner to pick from. */
export async function listAlternatives(db: Db, orgId: string, draftId: string, count = 3) {
  const { review, profile, triage } = await loadForDrafting(db, orgId, draftId);
  const ctx = {
    regulated: profile.regulated,
    reviewText: review.text,
    businessContacts: [profile.contactEmail, profile.contactPhone],
  };
  return composeAlternatives(review, triage, profile, count).map((d) => ({
    text: fitReplyToPlatform(d.text, review.sourceKind),
    kind: d.kind,
    promises: d.promises,
    findings: checkReply(d.text, ctx),
  }));
}
