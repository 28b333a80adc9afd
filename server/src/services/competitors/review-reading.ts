import type { ReviewLabel } from '@rebound/shared';
import { findThemeHits, type TriageOptions, themeTaxonomyFor, triageReview } from '../../triage/index.ts';
import { defaultSectorGroup } from '../../triage/situation/index.ts';
import { readReview } from '../../triage/situation/read-situation.ts';

// A clause at or above this score praises what it names (the complaint themes use the same mark for praise).
const PRAISE = 0.2;

export type ReviewReading = { label: ReviewLabel; complaintThemes: string[]; praiseThemes: string[] };

/**
 * The themes a review praises: theme words inside its praising clauses, so "the pasta was lovely but the wait was
 * an hour" praises the food, not the wait. Read with the same taxonomy and sentence scoring as complaint themes.
 */
export function praiseThemes(
  input: { rating: number | null; text: string; title?: string | null },
  opts: TriageOptions,
): string[] {
  if (!input.text.trim() || (input.rating !== null && input.rating <= 2)) return [];
  const sectorGroup = opts.sectorGroup ?? defaultSectorGroup;
  const taxonomy = opts.taxonomy ?? themeTaxonomyFor(sectorGroup);
  const { clauses } = readReview(input, { sectorGroup });
  const praising = clauses.filter((c) => c.score >= PRAISE);
  const themes = new Set<string>();
  for (const hit of findThemeHits(input.text, taxonomy))
    if (praising.some((c) => hit.start >= c.start && hit.end <= c.end)) themes.add(hit.theme);
  return [...themes];
}

/** Label a competitor review with our own triage: negative or not, what it complains of, what it praises. */
export function readCompetitorReview(
  review: { rating: number | null; text: string; title: string | null; language: string | null },
  opts: TriageOptions,
): ReviewReading {
  const triage = triageReview(review, opts);
  // Praise is only read in languages the theme words are written in, as complaint themes are.
  const isReadable = triage.language === 'en' || triage.language === null;
  return {
    label: triage.label,
    complaintThemes: triage.themes,
    praiseThemes: isReadable ? praiseThemes(review, opts) : [],
  };
}
