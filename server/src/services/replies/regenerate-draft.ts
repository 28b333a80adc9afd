import { fitReplyToPlatform } from '@rebound/shared';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { replyDrafts } from '../../db/schema/index.ts';
import { composeDraft, describeDraftSource, draftWithLlm, type LlmConfig } from '../../drafting/index.ts';
import type { Actor } from '../orgs/members.ts';
import { loadForDrafting } from './drafting-input.ts';
import { editDraft } from './edit-draft.ts';

/**
 * Write the draft again: through the LLM when one is configured (it falls back to the composer on any
 * problem), else the composer with the next variant, so each press gives a different wording.
 */
export async function regenerateDraft(
  db: Db,
  orgId: string,
  actor: Actor,
  draftId: string,
  llm: LlmConfig | null,
) {
  const { review, profile, triage } = await loadForDrafting(db, orgId, draftId);
  const [current] = await db
    .select({ text: replyDrafts.text })
    .from(replyDrafts)
    .where(and(eq(replyDrafts.orgId, orgId), eq(replyDrafts.id, draftId)));
  let text: string | null = null;
  let origin: 'llm' | 'composer' = 'composer';
  let originNote: string | null = null;
  if (llm) {
    const drafted = await draftWithLlm(review, triage, profile, llm);
    text = drafted.text;
    origin = drafted.source;
    originNote = describeDraftSource(drafted);
  }
  if (!text || text === current?.text) {
    if (origin === 'llm') originNote = 'composer (the LLM wrote the current draft again)';
    origin = 'composer';
    // A random starting variant: pressing again should not bounce between the same two wordings.
    const start = 1 + Math.floor(Math.random() * 1000);
    for (let variant = start; variant < start + 12; variant++) {
      text = composeDraft(review, triage, profile, { variant }).text;
      if (text !== current?.text) break;
    }
  }
  return editDraft(
    db,
    orgId,
    actor,
    { draftId, text: fitReplyToPlatform(text ?? current?.text ?? '', review.sourceKind) },
    { action: 'reply.regenerated', origin, originNote },
  );
}
