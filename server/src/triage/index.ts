export { classifyText } from './classify-text.ts';
export { detectSpike, type Escalation, type EscalationReason, escalationOf } from './escalation.ts';
export { detectLanguage } from './language.ts';
export { fallbackTheme, themeTaxonomies, themeTaxonomyFor } from './sector-themes.ts';
export {
  defaultSectorGroup,
  labelOfStance,
  readSituation,
  type SituationInput,
  sectorGroupOf,
} from './situation/index.ts';
export {
  defaultThemeTaxonomy,
  detectThemes,
  extendTaxonomy,
  findThemeHits,
  type ThemeHit,
  type ThemeTaxonomy,
} from './themes.ts';
export {
  blankSituation,
  type Triage,
  type TriageInput,
  type TriageOptions,
  triageReview,
} from './triage-review.ts';
