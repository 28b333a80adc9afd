import type { NormalizedReview } from '@rebound/shared';
import { detectLanguage } from './normalize/language.ts';
import type { RatingParts } from './normalize/rating.ts';

export type ReviewDraft = Partial<Omit<NormalizedReview, 'text' | keyof RatingParts>> & {
  text: string;
  rating?: RatingParts;
};

/** Fills every NormalizedReview field so adapters only state what their source has. */
export function buildReview(draft: ReviewDraft): NormalizedReview {
  const title = draft.title ?? null;
  // A short body ("Great!") says little about its language; the title often adds enough.
  const languageSample = draft.text.length < 40 && title ? `${title}. ${draft.text}` : draft.text;
  return {
    externalId: draft.externalId ?? null,
    author: draft.author ?? null,
    rating: draft.rating?.rating ?? null,
    ratingOriginal: draft.rating?.ratingOriginal ?? null,
    ratingScale: draft.rating?.ratingScale ?? null,
    title,
    text: draft.text,
    language: draft.language ?? detectLanguage(languageSample),
    publishedAt: draft.publishedAt ?? null,
    updatedAt: draft.updatedAt ?? null,
    url: draft.url ?? null,
    itemName: draft.itemName ?? null,
    ownerReply: draft.ownerReply ?? null,
  };
}

/** Resolves a possibly relative link against the page it was found on; null when unusable. */
export function resolveUrl(value: unknown, base: string | null): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  if (trimmed === '' || /^(?:javascript|data|vbscript):/i.test(trimmed)) return null;
  try {
    return base ? new URL(trimmed, base).href : new URL(trimmed).href;
  } catch {
    return base ? null : trimmed;
  }
}
