import type { Situation } from '@rebound/shared';
import { fallbackTheme } from './sector-themes.ts';
import type { ScoredClause } from './situation/clauses.ts';
import { findThemeHits, type ThemeHit, type ThemeTaxonomy } from './themes.ts';

// A clause at or below this score is criticism; one at or above PRAISE is praise and never yields a complaint theme.
const CRITICISM = -0.1;
const PRAISE = 0.2;

/**
 * The complaint themes of a review, most mentioned first: only words in critical parts count, so "the pasta was lovely
 * but the wait was an hour" is about the wait, not the food. A happy review has no complaint themes; an unhappy one
 * that names no theme word still gets the general one, so every complaint is counted somewhere.
 */
export function complaintThemes(
  text: string,
  title: string | null | undefined,
  clauses: readonly ScoredClause[],
  situation: Situation,
  taxonomy: ThemeTaxonomy,
): string[] {
  if (situation.stance === 'happy') return [];
  const praised = new Set(situation.praised.map((p) => p.replace(/^the /, '')));
  const keep = (hit: ThemeHit) => ![...praised].some((p) => p.split(' ').includes(hit.term));
  const inClauses = (hits: ThemeHit[], test: (c: ScoredClause) => boolean) =>
    hits.filter((h) => keep(h) && clauses.some((c) => test(c) && h.start >= c.start && h.end <= c.end));

  const hits = findThemeHits(text, taxonomy);
  const titleHits =
    title && situation.stance !== 'happy_with_quibble' ? findThemeHits(title, taxonomy).filter(keep) : [];
  let chosen = [...titleHits, ...inClauses(hits, (c) => c.score <= CRITICISM)];
  // Plain statements ("it took forty minutes") carry complaints too, when the review is unhappy overall.
  if (chosen.length === 0 && situation.stance !== 'happy_with_quibble')
    chosen = inClauses(hits, (c) => c.score < PRAISE);

  const counts = new Map<string, number>();
  for (const hit of chosen) counts.set(hit.theme, (counts.get(hit.theme) ?? 0) + 1);
  const themes = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([theme]) => theme);
  if (themes.length === 0 && situation.stance === 'unhappy' && text.trim().length > 0) {
    const general = fallbackTheme(situation.sectorGroup);
    // The general theme is never one the reviewer praised: "lovely staff, tired rooms" is not about service.
    return [
      general === 'service' && situation.praised.some((p) => PRAISED_SERVICE.test(p)) ? 'quality' : general,
    ];
  }
  return themes;
}

const PRAISED_SERVICE =
  /\b(?:staff|service|team|people|employees|crew|front desk|servers?|waiters?|waitress(?:es)?|receptionists?|host(?:ess)?)\b/i;
