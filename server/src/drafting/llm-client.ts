import OpenAI, { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import { z } from 'zod';
import type { LlmConfig } from './llm-config.ts';

export type ChatMessage = { role: 'system' | 'user'; content: string };
export type CompletionOutcome = { ok: true; content: string } | { ok: false; reason: string };

// Runtime check of the answer: a server that only claims to speak the protocol may send anything.
const completionSchema = z.object({
  choices: z.array(z.object({ message: z.object({ content: z.string().nullable().optional() }) })).min(1),
});

function clientFor(cfg: LlmConfig): OpenAI {
  return new OpenAI({
    baseURL: cfg.baseUrl,
    // Local runtimes such as Ollama need no key, but the client refuses to start without one.
    apiKey: cfg.apiKey || 'no-key',
    timeout: cfg.timeoutMs,
    // No retries: the composer's draft is ready at once, and the owner can press Regenerate.
    maxRetries: 0,
  });
}

function describeFailure(error: unknown, cfg: LlmConfig, deadline: AbortSignal): string {
  if (deadline.aborted || error instanceof APIConnectionTimeoutError || error instanceof APIUserAbortError)
    return `the LLM did not answer within ${cfg.timeoutMs} ms`;
  if (error instanceof APIError && typeof error.status === 'number') {
    if (error.status === 429) return 'the LLM server is rate limiting us (HTTP 429)';
    if (error.status === 401 || error.status === 403)
      return `the LLM server refused the API key (HTTP ${error.status})`;
    return `the LLM server answered HTTP ${error.status}`;
  }
  if (error instanceof APIConnectionError) return 'the LLM server could not be reached';
  if (error instanceof SyntaxError) return 'the LLM answer was not valid JSON';
  return 'the LLM answer could not be read';
}

/**
 * One chat completion, bounded in time from the first byte sent to the last byte read: the client's own timeout
 * stops waiting for headers only, so a deadline signal also covers a body that trickles or never ends.
 */
export async function requestCompletion(cfg: LlmConfig, messages: ChatMessage[]): Promise<CompletionOutcome> {
  const deadline = AbortSignal.timeout(cfg.timeoutMs);
  try {
    const answer: unknown = await clientFor(cfg).chat.completions.create(
      { model: cfg.model, messages, temperature: 0.4, max_tokens: 400 },
      { signal: deadline },
    );
    const parsed = completionSchema.safeParse(answer);
    if (!parsed.success) return { ok: false, reason: 'the LLM answer had no choices in the expected shape' };
    const content = parsed.data.choices[0]?.message.content?.trim() ?? '';
    if (!content) return { ok: false, reason: 'the LLM answer was empty' };
    return { ok: true, content };
  } catch (error) {
    return { ok: false, reason: describeFailure(error, cfg, deadline) };
  }
}

export type LlmProbe = {
  state: 'reachable' | 'unreachable' | 'key-refused';
  detail: string;
  /** Whether the configured model is in the server's model list; null when the server does not list models. */
  isModelListed: boolean | null;
};

/** Asks the server for its model list: enough to tell "up, with this model" from "down" without drafting anything. */
export async function probeLlm(cfg: LlmConfig, timeoutMs = Math.min(cfg.timeoutMs, 5000)): Promise<LlmProbe> {
  const deadline = AbortSignal.timeout(timeoutMs);
  try {
    const client = clientFor({ ...cfg, timeoutMs });
    const ids: string[] = [];
    for await (const model of client.models.list({ signal: deadline })) {
      ids.push(model.id);
      if (ids.length >= 500) break;
    }
    const isModelListed = ids.includes(cfg.model) || ids.includes(`${cfg.model}:latest`);
    return {
      state: 'reachable',
      detail: isModelListed
        ? `the server lists ${cfg.model}`
        : `the server answers but does not list ${cfg.model}`,
      isModelListed,
    };
  } catch (error) {
    if (error instanceof APIError && (error.status === 401 || error.status === 403))
      return {
        state: 'key-refused',
        detail: `the server refused the API key (HTTP ${error.status})`,
        isModelListed: null,
      };
    // Some providers have no model list: any other HTTP answer still proves the server is there.
    if (error instanceof APIError && typeof error.status === 'number')
      return {
        state: 'reachable',
        detail: `the server answers (HTTP ${error.status} for the model list)`,
        isModelListed: null,
      };
    return {
      state: 'unreachable',
      detail: describeFailure(error, { ...cfg, timeoutMs }, deadline),
      isModelListed: null,
    };
  }
}
