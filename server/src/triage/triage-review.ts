import type { ReviewLabel } from '@rebound/shared';
import { analyzeText } from './analyze-text.ts';
import { classifyText } from './classify-text.ts';
import { type EscalationReason, findEscalationReasons } from './escalation.ts';
import { detectLanguage } from './language.ts';
import { defaultThemeTaxonomy, detectThemes, type ThemeTaxonomy } from './themes.ts';

export type TriageInput = {
  rating: number | null;
  text: string;
  title?: string | null;
  language?: string | null;
};
export type Triage = {
  label: ReviewLabel;
  score: number;
  themes: string[];
  escalation: { escalate: boolean; reasons: EscalationReason[] };
  language: string | null;
  judgedBy: 'rating+text' | 'text' | 'rating';
};

// Reasons that matter even in a glowing review; the others are read only in unhappy ones ("the ER team was great").
const ALWAYS_ESCALATE: ReadonlySet<EscalationReason> = new Set(['abuse', 'threat', 'discrimination']);

function labelFromRatingAndText(rating: number, textScore: number, namesProblem: boolean): ReviewLabel {
  if (rating <= 2) return textScore >= 0.5 && !namesProblem ? 'mixed' : 'negative';
  if (rating < 4) return namesProblem ? 'mixed' : textScore >= 0.5 ? 'positive' : 'neutral';
  if (rating < 5) return namesProblem ? 'mixed' : 'positive';
  return namesProblem && textScore < 0 ? 'mixed' : 'positive';
}

/** Label, score, themes, escalation and language for one review, from its rating and its words together. */
export function triageReview(input: TriageInput, opts: { taxonomy?: ThemeTaxonomy } = {}): Triage {
  const combined = input.title ? `${input.title.trim()}. ${input.text}` : input.text;
  const language = detectLanguage(combined, input.language);
  const canReadText = combined.trim().length > 0 && (language === 'en' || language === null);
  const rating = typeof input.rating === 'number' && Number.isFinite(input.rating) ? input.rating : null;
  const themes = canReadText ? detectThemes(combined, opts.taxonomy ?? defaultThemeTaxonomy) : [];

  let label: ReviewLabel = 'neutral';
  let score = 0;
  let judgedBy: Triage['judgedBy'] = 'text';
  if (canReadText) {
    const text = classifyText(combined);
    const analysis = analyzeText(combined);
    const namesProblem =
      analysis.worstPart <= -2 || analysis.sentences.some((s) => s.score <= -1.5) || analysis.negative >= 2.5;
    if (rating === null) {
      label = text.label;
      score = text.score;
    } else {
      label = labelFromRatingAndText(rating, text.score, namesProblem);
      score = 0.6 * ((rating - 3) / 2) + 0.4 * text.score;
      judgedBy = 'rating+text';
    }
  } else if (rating !== null) {
    score = (rating - 3) / 2;
    label = rating <= 2 ? 'negative' : rating >= 4 ? 'positive' : 'neutral';
    judgedBy = 'rating';
  }

  const isUnhappy = label === 'negative' || label === 'mixed';
  const reasons = findEscalationReasons(combined).filter((r) => isUnhappy || ALWAYS_ESCALATE.has(r));
  return {
    label,
    score: Math.round(Math.max(-1, Math.min(1, score)) * 1000) / 1000,
    themes,
    escalation: { escalate: reasons.length > 0, reasons },
    language,
    judgedBy,
  };
}
