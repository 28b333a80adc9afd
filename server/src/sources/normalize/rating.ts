import type { RatingScale } from '@rebound/shared';
import { parseNumber, readNumberToken } from './number.ts';

export type RatingParts = {
  /** Normalised to 1–5, or null when absent or outside its scale. */
  rating: number | null;
  ratingOriginal: number | null;
  ratingScale: RatingScale | null;
};

type ParsedRating = { value: number; best: number | null; worst: number | null };

const emptyRating: RatingParts = { rating: null, ratingOriginal: null, ratingScale: null };
const filledStars = /[★⭐🌟]/gu;
const emptyStars = /[☆✩]/gu;
const halfStar = /½|⯪|⯨/u;
// "4.5 out of 5", "4/5", "4 of 5", "4,5 sur 5", "4 von 5", "4 de 5", "4 su 5", "4 из 5", "5点中4"
const fractionPattern =
  /([-+]?\d+(?:[.,]\d+)*)\s*(?:\/|out\s+of|of|sur|von|de|su|op|из|na)\s*(\d+(?:[.,]\d+)?)/iu;

/** Reads a published rating: a number, "4,5", "4.5 out of 5", "4/5", "87%", "★★★★☆", "4 stars". */
export function parseRatingValue(value: unknown): ParsedRating | null {
  if (typeof value === 'number') return Number.isFinite(value) ? { value, best: null, worst: null } : null;
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (text === '') return null;
  if (!/\d/.test(text)) return parseStarGlyphs(text);
  const fraction = fractionPattern.exec(text);
  if (fraction?.[1] && fraction[2]) {
    const rated = readNumberToken(fraction[1]);
    const best = readNumberToken(fraction[2]);
    if (rated !== null && best !== null && best > 0) return { value: rated, best, worst: null };
  }
  const number = parseNumber(text);
  if (number === null) return null;
  if (/^\s*[-+]?[\d.,]+\s*%/.test(text)) return { value: number, best: 100, worst: 0 };
  return { value: number, best: null, worst: null };
}

function parseStarGlyphs(text: string): ParsedRating | null {
  const filled = text.match(filledStars)?.length ?? 0;
  const empty = text.match(emptyStars)?.length ?? 0;
  const half = halfStar.test(text) ? 1 : 0;
  // Only empty stars means nothing was rated, not the worst rating.
  if (filled + half === 0) return null;
  const total = filled + empty + half;
  return { value: filled + half * 0.5, best: empty + half > 0 ? total : 5, worst: null };
}

/**
 * Normalises a rating to 1–5 and keeps what was published. Scale defaults follow schema.org
 * (worst 1, best 5); a value below 1 with no stated worst implies a scale that starts at 0.
 */
export function normalizeRating(value: unknown, worst?: unknown, best?: unknown): RatingParts {
  const parsed = parseRatingValue(value);
  if (!parsed) return emptyRating;
  const bestValue = parseNumber(best) ?? parsed.best ?? 5;
  let worstValue = parseNumber(worst) ?? parsed.worst;
  if (worstValue === null) worstValue = parsed.value < 1 && parsed.value >= 0 ? 0 : 1;
  const ratingScale = { worst: worstValue, best: bestValue };
  const isOutOfScale =
    bestValue <= worstValue || parsed.value < worstValue - 1e-9 || parsed.value > bestValue + 1e-9;
  if (isOutOfScale) return { rating: null, ratingOriginal: parsed.value, ratingScale };
  return {
    rating: scaleToFive(parsed.value, worstValue, bestValue),
    ratingOriginal: parsed.value,
    ratingScale,
  };
}

export function scaleToFive(value: number, worst: number, best: number): number {
  if (worst === 1 && best === 5) return value;
  const scaled = 1 + ((value - worst) * 4) / (best - worst);
  return Math.min(5, Math.max(1, Math.round(scaled * 100) / 100));
}
