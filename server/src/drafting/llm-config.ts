import type { Env } from '../env.ts';

/** Where and how to reach the operator's chat-completions server. */
export type LlmConfig = { baseUrl: string; apiKey: string; model: string; timeoutMs: number };

/** The LLM settings from the environment, or null when drafting is composer-only (no base URL). */
export function llmConfigFromEnv(
  env: Pick<Env, 'LLM_BASE_URL' | 'LLM_API_KEY' | 'LLM_MODEL' | 'LLM_TIMEOUT_MS'>,
): LlmConfig | null {
  if (!env.LLM_BASE_URL) return null;
  return {
    baseUrl: env.LLM_BASE_URL,
    apiKey: env.LLM_API_KEY ?? '',
    model: env.LLM_MODEL,
    timeoutMs: env.LLM_TIMEOUT_MS,
  };
}
