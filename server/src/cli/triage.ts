import { readFile } from 'node:fs/promises';
import { checkContextFor, checkReply } from '@rebound/shared';
import { z } from 'zod';
import {
  type BusinessProfile,
  businessProfileSchema,
  demoBusinessProfile,
} from '../drafting/business-profile.ts';
import { composeDraft, draftWithLlm, RECENT_REPLIES } from '../drafting/index.ts';
import type { LlmConfig } from '../drafting/llm-config.ts';
import { sectorGroupOf, themeTaxonomyFor, triageReview } from '../triage/index.ts';
import { mapLines } from '../triage/map-lines.ts';

const inputLineSchema = z.object({
  text: z.string(),
  rating: z.number().min(1).max(5).nullable().optional(),
  author: z.string().nullable().optional(),
  title: z.string().nullable().optional(),
  language: z.string().nullable().optional(),
  externalId: z.string().nullable().optional(),
  itemName: z.string().nullable().optional(),
});

export async function loadBusinessProfile(file: string | undefined): Promise<BusinessProfile> {
  if (!file) return demoBusinessProfile;
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new Error(
      `cannot read business profile ${file}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const parsed = businessProfileSchema.safeParse(raw);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new Error(`invalid business profile ${file}: ${fields}`);
  }
  return parsed.data;
}

function describeLineError(line: string): string {
  try {
    const issues = inputLineSchema.safeParse(JSON.parse(line)).error?.issues ?? [];
    return issues.map((i) => `${i.path.join('.') || '(line)'}: ${i.message}`).join('; ');
  } catch {
    return 'not valid JSON';
  }
}

/**
 * `rebound triage`: JSON Lines reviews in, one JSON line out per review in the same order with label, themes,
 * escalation, a draft and the safety findings on it. A bad line yields `{"error": ...}` and the run goes on.
 * Blank lines are skipped, as JSON Lines allows. With an LLM configured, each draft is asked of the operator's
 * chat-completions server and kept only when it passes the same checks as in the app; otherwise the composer's draft
 * is printed with the reason (`draft.source`, `draft.fallbackReason`).
 */
const recentLineSchema = z.union([
  z.string(),
  z.object({ text: z.string() }),
  z.object({ reply: z.string() }),
]);

/**
 * The replies already on the business's page, oldest first, from a JSON Lines file: each line a JSON string or an
 * object with `text` or `reply`. A line that is neither stops the run with its number, before anything is drafted.
 */
export async function loadRecentReplies(file: string | undefined): Promise<string[]> {
  if (!file) return [];
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch (error) {
    throw new Error(
      `cannot read recent replies ${file}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const replies: string[] = [];
  for (const [i, line] of raw.split('\n').entries()) {
    if (line.trim().length === 0) continue;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      throw new Error(`recent replies ${file}, line ${i + 1}: not valid JSON`);
    }
    const parsed = recentLineSchema.safeParse(json);
    if (!parsed.success)
      throw new Error(
        `recent replies ${file}, line ${i + 1}: expected a JSON string or an object with "text" or "reply"`,
      );
    const reply = parsed.data;
    replies.push(typeof reply === 'string' ? reply : 'text' in reply ? reply.text : reply.reply);
  }
  return replies.slice(-RECENT_REPLIES);
}

export async function runTriage(
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
  opts: { businessFile?: string; recentFile?: string; llm?: LlmConfig | null },
): Promise<void> {
  const profile = await loadBusinessProfile(opts.businessFile);
  const sectorGroup = sectorGroupOf(profile.sector);
  const taxonomy = themeTaxonomyFor(sectorGroup, profile.themeExtensions);
  // The replies already on the page, then those drafted so far in this run, newest last, so a page of replies
  // does not repeat a sentence.
  const recent = await loadRecentReplies(opts.recentFile);
  const llm = opts.llm ?? null;
  await mapLines(input, output, async (line) => {
    if (line.trim().length === 0) return null;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      return JSON.stringify({ error: 'not valid JSON' });
    }
    const parsed = inputLineSchema.safeParse(json);
    if (!parsed.success) return JSON.stringify({ error: describeLineError(line) });
    const review = parsed.data;
    const triage = triageReview(
      { rating: review.rating ?? null, text: review.text, title: review.title, language: review.language },
      { taxonomy, sectorGroup },
    );
    const asked = {
      author: review.author ?? null,
      rating: review.rating ?? null,
      text: review.text,
      title: review.title,
      externalId: review.externalId,
      itemName: review.itemName,
    };
    const draft = llm
      ? await draftWithLlm(asked, triage, profile, llm)
      : composeDraft(asked, triage, profile, { recent });
    recent.push(draft.text);
    if (recent.length > RECENT_REPLIES) recent.shift();
    const findings = checkReply(draft.text, checkContextFor(profile, review)).map(
      ({ rule, severity, span, message, suggestion }) => ({
        rule,
        severity,
        span,
        message,
        suggestion,
      }),
    );
    return JSON.stringify({
      label: triage.label,
      stance: draft.stance,
      situation: triage.situation,
      themes: triage.themes,
      escalation: triage.escalation,
      draft,
      findings,
    });
  });
}
