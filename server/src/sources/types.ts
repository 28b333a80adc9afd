import type { AggregateRating, NormalizedReview } from '@rebound/shared';

/** The bytes a poll brought back, with where they came from (null for local files and tests). */
export type FetchedDocument = { body: string; url: string | null; contentType: string | null };

export type ExtractResult = {
  reviews: NormalizedReview[];
  aggregates: AggregateRating[];
  nextPageUrl: string | null;
};

/** Selectors a user configures for a page without structured markup. */
export type CssSelectorConfig = {
  container: string;
  author?: string;
  rating?: string;
  text: string;
  title?: string;
  date?: string;
  id?: string;
  ratingAttribute?: string;
  ratingBest?: number;
  ratingWorst?: number;
};
