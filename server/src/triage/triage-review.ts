import type { ReviewLabel, SectorGroup, Situation, Stance } from '@rebound/shared';
import { classifyText } from './classify-text.ts';
import { complaintThemes } from './complaint-themes.ts';
import { type Escalation, escalationOf } from './escalation.ts';
import { detectLanguage } from './language.ts';
import { themeTaxonomyFor } from './sector-themes.ts';
import { readReview } from './situation/read-situation.ts';
import { defaultSectorGroup } from './situation/sector-group.ts';
import { labelOfStance, readStance } from './situation/stance.ts';
import type { ThemeTaxonomy } from './themes.ts';

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
  escalation: Escalation;
  language: string | null;
  judgedBy: 'rating+text' | 'text' | 'rating';
  situation: Situation;
};
/**
 * `sectorGroup` picks the themes and the reading that fit the business (see `sectorGroupOf`); `taxonomy` replaces the
 * group's themes outright (build it with `themeTaxonomyFor(group, profile.themeExtensions)` to keep the group's).
 */
export type TriageOptions = { taxonomy?: ThemeTaxonomy; sectorGroup?: SectorGroup };

const noBalance = { positive: 0, negative: 0, positiveSentences: 0, negativeSentences: 0 };

/** Label, score, themes, escalation, language and the situation for one review, from its rating and its words. */
export function triageReview(input: TriageInput, opts: TriageOptions = {}): Triage {
  const combined = input.title ? `${input.title.trim()}. ${input.text}` : input.text;
  const language = detectLanguage(combined, input.language);
  const canReadText = combined.trim().length > 0 && (language === 'en' || language === null);
  const rating = typeof input.rating === 'number' && Number.isFinite(input.rating) ? input.rating : null;
  const sectorGroup = opts.sectorGroup ?? defaultSectorGroup;
  const taxonomy = opts.taxonomy ?? themeTaxonomyFor(sectorGroup);
  let themes: string[] = [];

  let situation: Situation;
  let label: ReviewLabel = 'neutral';
  let score = 0;
  let judgedBy: Triage['judgedBy'] = 'text';
  if (canReadText) {
    const text = classifyText(combined);
    const read = readReview({ rating, text: input.text, title: input.title }, { sectorGroup });
    situation = read.situation;
    themes = complaintThemes(input.text, input.title, read.clauses, situation, taxonomy);
    if (rating === null) {
      label = text.label;
      score = text.score;
    } else {
      label = labelOfStance(situation.stance);
      score = 0.6 * ((rating - 3) / 2) + 0.4 * text.score;
      judgedBy = 'rating+text';
    }
  } else {
    situation = blankSituation(
      rating === null ? 'neutral' : readStance(rating, noBalance, 'neutral'),
      sectorGroup,
    );
    if (rating !== null) {
      score = (rating - 3) / 2;
      label = rating <= 2 ? 'negative' : rating >= 4 ? 'positive' : 'neutral';
      judgedBy = 'rating';
    }
  }

  return {
    label,
    score: Math.round(Math.max(-1, Math.min(1, score)) * 1000) / 1000,
    themes,
    escalation: escalationOf(situation),
    language,
    judgedBy,
    situation,
  };
}

/** A situation that knows nothing but the stance: for a review we cannot read (another language, no text). */
export function blankSituation(stance: Stance, sectorGroup: SectorGroup): Situation {
  return {
    item: null,
    problem: null,
    otherProblems: [],
    confidence: 'low',
    priorActions: [],
    asks: [],
    incidents: [],
    stance,
    praised: [],
    people: [],
    isReturning: false,
    sectorGroup,
    evidence: [],
  };
}
