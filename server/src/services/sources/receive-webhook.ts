import { createHmac, timingSafeEqual } from 'node:crypto';
import { type NormalizedReview, normalizedReviewSchema } from '@rebound/shared';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { SecretBox } from '../../crypto/secret-box.ts';
import type { Db } from '../../db/client.ts';
import { pollRuns, sources } from '../../db/schema/index.ts';
import { buildReview, resolveUrl } from '../../sources/build-review.ts';
import { toIsoDate } from '../../sources/normalize/dates.ts';
import { normalizeRating } from '../../sources/normalize/rating.ts';
import { cleanOptional, cleanText } from '../../sources/normalize/text.ts';
import { getBusinessProfile } from '../orgs/get-business-profile.ts';
import { type IngestResult, ingestReviews } from '../reviews/ingest-reviews.ts';
import { openSourceSecrets } from '../secrets/source-secrets.ts';

export const WEBHOOK_MAX_SKEW_SECONDS = 300;
export const WEBHOOK_MAX_REVIEWS = 1000;

/** The signature a sender computes: hex HMAC-SHA256, keyed with the source's secret, over "<timestamp>.<raw body>". */
export function signWebhookBody(secret: string, timestamp: string, body: Buffer | string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.`).update(body).digest('hex')}`;
}

export type SignatureCheck = { ok: true } | { ok: false; reason: string };

export function checkWebhookSignature(
  secret: string,
  header: string | undefined,
  timestamp: string | undefined,
  body: Buffer,
  nowMs = Date.now(),
): SignatureCheck {
  if (!header || !timestamp)
    return { ok: false, reason: 'The X-Rebound-Signature and X-Rebound-Timestamp headers are required.' };
  if (!/^\d{1,12}$/.test(timestamp))
    return { ok: false, reason: 'X-Rebound-Timestamp must be Unix time in seconds.' };
  if (Math.abs(nowMs / 1000 - Number(timestamp)) > WEBHOOK_MAX_SKEW_SECONDS) {
    return {
      ok: false,
      reason: 'The timestamp is more than five minutes away from our clock; sign the request again.',
    };
  }
  const expected = Buffer.from(signWebhookBody(secret, timestamp, body));
  const given = Buffer.from(header.trim());
  // Compared in constant time; the length check leaks nothing, every valid signature has the same length.
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return { ok: false, reason: 'The signature does not match this source.' };
  return { ok: true };
}

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

export type WebhookSource = typeof sources.$inferSelect;

/**
 * The webhook source a push is addressed to. Looked up by id alone: the sender knows no organization,
 * and the signature (keyed per source) is what proves the push belongs to this one.
 */
export async function findWebhookSource(db: Db, sourceId: string): Promise<WebhookSource | null> {
  if (!z.uuid().safeParse(sourceId).success) return null;
  const [row] = await db
    .select()
    .from(sources)
    .where(and(eq(sources.id, sourceId), eq(sources.kind, 'webhook')));
  return row ?? null;
}

export function webhookSecretOf(box: SecretBox | undefined, source: WebhookSource): string | null {
  try {
    return openSourceSecrets(box, source).webhookSecret ?? null;
  } catch {
    return null;
  }
}

/** Stores pushed reviews and logs the push as a run, so the Sources page shows when the sender last spoke. */
export async function storePushedReviews(
  db: Db,
  source: WebhookSource,
  items: NormalizedReview[],
): Promise<IngestResult> {
  const startedAt = new Date();
  const profile = await getBusinessProfile(db, source.orgId);
  const result = await ingestReviews(
    db,
    {
      orgId: source.orgId,
      sourceId: source.id,
      locationId: source.locationId,
      profile,
      isCompleteList: false,
      now: startedAt,
    },
    items,
  );
  await db.insert(pollRuns).values({
    orgId: source.orgId,
    sourceId: source.id,
    worker: 'webhook',
    startedAt,
    finishedAt: new Date(),
    fetched: result.fetched,
    created: result.created,
    updated: result.updated,
  });
  await db
    .update(sources)
    .set({ lastPolledAt: startedAt, health: 'ok', lastError: null, consecutiveFailures: 0 })
    .where(and(eq(sources.orgId, source.orgId), eq(sources.id, source.id)));
  return result;
}
