import type { Finding } from '@rebound/shared';
import type { Triage } from '../triage/index.ts';
import type { BusinessProfile } from './business-profile.ts';
import { composeDraft, type Draft, type DraftPromise, type DraftReview } from './compose-draft.ts';
import { fitToLimit, PLATFORM_LIMIT_BYTES } from './fit-length.ts';
import { checkLlmAnswer } from './llm-answer-check.ts';
import { requestCompletion } from './llm-client.ts';
import type { LlmConfig } from './llm-config.ts';
import { buildLlmMessages } from './llm-prompt.ts';

export type LlmDraft = Draft & {
  source: 'llm' | 'composer';
  /** Why the composer's draft was kept, in words the owner reads beside the draft. */
  fallbackReason?: string;
  /** What the LLM wrote, when it answered at all: the settings page shows it even when it was not used. */
  llmAnswer: string | null;
  /** The tone, safety and grounding findings on the LLM's answer. */
  llmFindings: Finding[];
};

/** Promises the reply makes ("within 48 hours"), so they become follow-up tasks like the composer's. */
function findPromises(text: string): DraftPromise[] {
  const promises: DraftPromise[] = [];
  for (const sentence of text.split(/(?<=[.!?])\s+/)) {
    const m = /within\s+(\d{1,4})\s+(hours?|days?|business days?)/i.exec(sentence);
    if (!m) continue;
    const amount = Number(m[1]);
    promises.push({
      description: sentence.trim().slice(0, 200),
      dueInHours: /day/i.test(m[2] ?? '') ? amount * 24 : amount,
    });
  }
  return promises;
}

/**
 * Drafts through the operator's chat-completions server. The answer is used only when the tone, safety and
 * grounding check and the situation rules all pass; otherwise, and on any timeout, error or odd answer, the
 * composer's draft is kept with the reason. Escalated reviews go to the LLM too, but its holding reply must pass
 * the same check, so the composer's admission-free holding reply stays unless the LLM's is as safe.
 */
export async function draftWithLlm(
  review: DraftReview,
  triage: Triage,
  profile: BusinessProfile,
  cfg: LlmConfig | null,
): Promise<LlmDraft> {
  const fallback = (
    reason: string,
    llmAnswer: string | null = null,
    llmFindings: Finding[] = [],
  ): LlmDraft => ({
    ...composeDraft(review, triage, profile),
    source: 'composer',
    fallbackReason: reason,
    llmAnswer,
    llmFindings,
  });
  if (!cfg) return fallback('no LLM is configured');
  const outcome = await requestCompletion(cfg, buildLlmMessages(review, triage, profile));
  if (!outcome.ok) return fallback(outcome.reason);
  const text = fitToLimit([{ text: outcome.content, optional: false }], PLATFORM_LIMIT_BYTES.google);
  const verdict = checkLlmAnswer(text, review, triage, profile);
  if (verdict.problems.length)
    return fallback(`LLM answer failed the check: ${verdict.problems.join('; ')}`, text, verdict.findings);
  const kind: Draft['kind'] = triage.escalation.escalate
    ? 'holding'
    : triage.label === 'positive'
      ? 'thanks'
      : 'reply';
  const translateBeforePosting = triage.language !== null && triage.language !== 'en';
  return {
    text,
    kind,
    translateBeforePosting,
    promises: findPromises(text),
    source: 'llm',
    llmAnswer: text,
    llmFindings: verdict.findings,
  };
}

/** How the owner is told where a draft came from. */
export function describeDraftSource(draft: Pick<LlmDraft, 'source' | 'fallbackReason'>): string {
  return draft.source === 'llm'
    ? 'drafted by the LLM'
    : `composer (${draft.fallbackReason ?? 'no reason given'})`;
}
