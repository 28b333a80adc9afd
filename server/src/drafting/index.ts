export {
  type BusinessProfile,
  businessProfileSchema,
  demoBusinessProfile,
  type Remedy,
  remedySchema,
} from './business-profile.ts';
export { composeAlternatives } from './compose-alternatives.ts';
export {
  type ComposeOptions,
  composeDraft,
  type Draft,
  type DraftPromise,
  type DraftReview,
  RECENT_REPLIES,
} from './compose-draft.ts';
export { describeDraftSource, draftWithLlm, type LlmDraft } from './draft-with-llm.ts';
export { type LlmConfig, llmConfigFromEnv } from './llm-config.ts';
