export { classifyText } from './classify-text.ts';
export { detectSpike, type EscalationReason, findEscalationReasons } from './escalation.ts';
export { detectLanguage } from './language.ts';
export {
  defaultThemeTaxonomy,
  detectThemes,
  extendTaxonomy,
  findThemeHits,
  type ThemeHit,
  type ThemeTaxonomy,
} from './themes.ts';
export { type Triage, type TriageInput, triageReview } from './triage-review.ts';
