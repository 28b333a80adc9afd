import type { LlmConfig } from '../../drafting/index.ts';
import { type LlmProbe, probeLlm } from '../../drafting/llm-client.ts';

export type LlmStatus =
  | { isConfigured: false }
  | { isConfigured: true; host: string; model: string; timeoutMs: number; probe: LlmProbe };

/**
 * Whether drafting goes through an LLM, where, and whether that server answers now. Only the host is shown: the
 * rest of the address and the key stay with the operator.
 */
export async function getLlmStatus(cfg: LlmConfig | null): Promise<LlmStatus> {
  if (!cfg) return { isConfigured: false };
  return {
    isConfigured: true,
    host: new URL(cfg.baseUrl).host,
    model: cfg.model,
    timeoutMs: cfg.timeoutMs,
    probe: await probeLlm(cfg),
  };
}
