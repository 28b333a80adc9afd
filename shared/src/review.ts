import { z } from 'zod';

/** The scale a rating was published on, kept so a normalised 1–5 value can be traced back. */
export const ratingScaleSchema = z.object({ worst: z.number(), best: z.number() });
export type RatingScale = z.infer<typeof ratingScaleSchema>;

export const ownerReplySchema = z.object({
  text: z.string(),
  updatedAt: z.string().nullable(),
});
export type OwnerReply = z.infer<typeof ownerReplySchema>;

/**
 * One review as every adapter hands it over, whatever the source.
 * `rating` is normalised to 1–5 (or null when the source gives none); `ratingOriginal` and
 * `ratingScale` keep what was published.
 */
export const normalizedReviewSchema = z.object({
  externalId: z.string().nullable(),
  author: z.string().nullable(),
  rating: z.number().min(1).max(5).nullable(),
  ratingOriginal: z.number().nullable(),
  ratingScale: ratingScaleSchema.nullable(),
  title: z.string().nullable(),
  text: z.string(),
  language: z.string().nullable(),
  publishedAt: z.string().nullable(),
  updatedAt: z.string().nullable(),
  url: z.string().nullable(),
  itemName: z.string().nullable(),
  ownerReply: ownerReplySchema.nullable(),
});
export type NormalizedReview = z.infer<typeof normalizedReviewSchema>;

/** An AggregateRating found on a page (what was rated, its average and counts). */
export const aggregateRatingSchema = z.object({
  itemName: z.string().nullable(),
  ratingValue: z.number().nullable(),
  rating: z.number().min(1).max(5).nullable(),
  ratingScale: ratingScaleSchema.nullable(),
  ratingCount: z.number().nullable(),
  reviewCount: z.number().nullable(),
});
export type AggregateRating = z.infer<typeof aggregateRatingSchema>;

export const sourceKinds = [
  'schema_org',
  'css',
  'feed',
  'apple_json',
  'apple_atom',
  'google',
  'yelp',
  'csv',
  'webhook',
  'app_store_connect',
  'google_play',
  'facebook',
] as const;
export const sourceKindSchema = z.enum(sourceKinds);
export type SourceKind = z.infer<typeof sourceKindSchema>;

export const reviewLabels = ['negative', 'mixed', 'neutral', 'positive'] as const;
export const reviewLabelSchema = z.enum(reviewLabels);
export type ReviewLabel = z.infer<typeof reviewLabelSchema>;
