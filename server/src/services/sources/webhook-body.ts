import { type NormalizedReview, normalizedReviewSchema } from '@rebound/shared';
import { z } from 'zod';
import { buildReview, resolveUrl } from '../../sources/build-review.ts';
import { toIsoDate } from '../../sources/normalize/dates.ts';
import { normalizeRating } from '../../sources/normalize/rating.ts';
import { cleanOptional, cleanText } from '../../sources/normalize/text.ts';

export const WEBHOOK_MAX_REVIEWS = 1000;

const text = (max: number) => z.string().max(max).nullish();
const rawDate = z.union([z.string().max(60), z.number()]).nullish();

const shapeOfReview = z.object({
  externalId: z.union([z.string().max(500), z.number()]).nullish(),
  author: text(500),
  rating: z.union([z.number(), z.string().max(40)]).nullish(),
  ratingScale: z.object({ worst: z.number(), best: z.number() }).nullish(),
  title: text(1000),
  text: z.string().max(50_000),
  language: text(20),
  publishedAt: rawDate,
  updatedAt: rawDate,
  url: text(2000),
  itemName: text(500),
  ownerReply: z.object({ text: z.string().max(20_000), updatedAt: z.string().max(60).nullish() }).nullish(),
});

/**
 * A rating or date that is sent must be readable: a rating outside its scale or a date that is no date refuses
 * the review (and so the request), rather than storing it unrated or dated by its arrival.
 */
type PushedReview = z.infer<typeof shapeOfReview>;

/** The documented scale is 1–5 unless the sender states another; no scale is guessed from the value. */
const pushedScale = (review: PushedReview) => ({
  worst: review.ratingScale?.worst ?? 1,
  best: review.ratingScale?.best ?? 5,
});

function readPushedRating(review: PushedReview) {
  const { worst, best } = pushedScale(review);
  return normalizeRating(review.rating ?? null, worst, best);
}

const pushedReviewSchema = shapeOfReview.superRefine((review, ctx) => {
  if (review.rating !== null && review.rating !== undefined && readPushedRating(review).rating === null) {
    const { worst, best } = pushedScale(review);
    ctx.addIssue({
      code: 'custom',
      path: ['rating'],
      message: `The rating ${JSON.stringify(review.rating)} is not a number from ${worst} to ${best}.`,
    });
  }
  const dates: [(string | number)[], unknown][] = [
    [['publishedAt'], review.publishedAt],
    [['updatedAt'], review.updatedAt],
    [['ownerReply', 'updatedAt'], review.ownerReply?.updatedAt],
  ];
  for (const [path, value] of dates) {
    if (value === null || value === undefined || toIsoDate(value) !== null) continue;
    ctx.addIssue({
      code: 'custom',
      path,
      message: `${JSON.stringify(value)} is not a date; send ISO 8601 such as 2025-05-02T19:30:00Z.`,
    });
  }
});

export const webhookBodySchema = z.union([
  z.object({
    reviews: z
      .array(pushedReviewSchema)
      .max(WEBHOOK_MAX_REVIEWS, `Send at most ${WEBHOOK_MAX_REVIEWS} reviews per request`),
  }),
  pushedReviewSchema,
]);

/** Lenient on what may be missing, strict on what is there: the result is a valid NormalizedReview. */
export function toNormalizedReview(pushed: PushedReview): NormalizedReview {
  const rating = readPushedRating(pushed);
  const review = buildReview({
    externalId:
      pushed.externalId === null || pushed.externalId === undefined
        ? null
        : cleanOptional(String(pushed.externalId)),
    author: cleanOptional(pushed.author ?? null),
    rating,
    title: cleanOptional(pushed.title ?? null),
    text: cleanText(pushed.text),
    publishedAt: toIsoDate(pushed.publishedAt ?? null),
    updatedAt: toIsoDate(pushed.updatedAt ?? null),
    url: resolveUrl(pushed.url ?? null, null),
    itemName: cleanOptional(pushed.itemName ?? null),
    ...(pushed.language ? { language: pushed.language } : {}),
    ownerReply: pushed.ownerReply
      ? { text: cleanText(pushed.ownerReply.text), updatedAt: toIsoDate(pushed.ownerReply.updatedAt ?? null) }
      : null,
  });
  return normalizedReviewSchema.parse(review);
}
