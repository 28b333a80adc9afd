import type { BenchmarkInput } from '@rebound/shared/schemas/competitors';
import { and, asc, count, desc, eq, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import {
  competitorReviews,
  competitorSnapshots,
  competitors,
  locations,
  reviews,
} from '../../db/schema/index.ts';
import { notFound } from '../errors.ts';
import { getBusinessProfile } from '../orgs/get-business-profile.ts';
import { triageOptionsFor } from '../reviews/triage-options.ts';
import { addDays } from '../rollups/day-ranges.ts';
import { ensureFreshRollups } from '../rollups/ensure-fresh-rollups.ts';
import { loadDailyRows } from '../trends/load-daily-rows.ts';
import { type BenchmarkPoint, competitorPoints, ourPoints, weekBuckets } from './benchmark-series.ts';
import { compareThemes } from './benchmark-themes.ts';

/** Our reviews read for the praise comparison: the most recent in the period, so the dashboard stays quick. */
const OUR_THEME_SAMPLE = 200;
const MIN_DAY = '1900-01-01';

export type BenchmarkSeries = {
  key: string;
  name: string;
  isOurs: boolean;
  points: BenchmarkPoint[];
  /** Reviews counted for the negative share, and how many of them were negative. */
  reviewsCounted: number;
  negative: number;
  negativeShare: number | null;
  /** Where the volume comes from: our own reviews, the platform's rating count, or the reviews we could read. */
  volumeFrom: 'our reviews' | 'rating count' | 'reviews read';
  latestRating: number | null;
  ratingCount: number | null;
};

async function pickLocation(db: Db, orgId: string, wanted: string | undefined) {
  const [places, counts] = await Promise.all([
    db
      .select({ id: locations.id, name: locations.name })
      .from(locations)
      .where(eq(locations.orgId, orgId))
      .orderBy(asc(locations.name)),
    db
      .select({ locationId: competitors.locationId, n: count() })
      .from(competitors)
      .where(eq(competitors.orgId, orgId))
      .groupBy(competitors.locationId),
  ]);
  const byLocation = new Map(counts.map((c) => [c.locationId, c.n]));
  const rows = places.map((p) => ({ ...p, competitors: byLocation.get(p.id) ?? 0 }));
  const chosen = wanted
    ? rows.find((r) => r.id === wanted)
    : (rows.find((r) => r.competitors > 0) ?? rows[0]);
  if (wanted && !chosen) throw notFound('Location');
  return { locations: rows, chosen: chosen ?? null };
}

async function ourSide(db: Db, orgId: string, locationId: string, input: BenchmarkInput) {
  await ensureFreshRollups(db, orgId);
  // Every earlier day too: a platform's rating is the average of all ratings so far, and ours is drawn alike.
  const earlier = await loadDailyRows(db, orgId, { locationId }, MIN_DAY, addDays(input.from, -1));
  const days = await loadDailyRows(db, orgId, { locationId }, input.from, input.to);
  const before = {
    ratingSum: earlier.reduce((n, d) => n + d.ratingSum, 0),
    ratingCount: earlier.reduce((n, d) => n + d.ratingCount, 0),
  };
  const points = ourPoints(before, days, weekBuckets(input.from, input.to));
  const counted = days.reduce((n, d) => n + d.reviews, 0);
  const negative = days.reduce((n, d) => n + d.negative, 0);
  return {
    points,
    counted,
    negative,
    ratingCount: days.reduce((n, d) => n + d.ratingCount, before.ratingCount),
  };
}

function ourThemeSample(db: Db, orgId: string, locationId: string, input: BenchmarkInput) {
  const day = sql`(coalesce(${reviews.publishedAt}, ${reviews.firstSeenAt}) at time zone 'UTC')::date`;
  return db
    .select({
      rating: reviews.rating,
      text: reviews.text,
      title: reviews.title,
      themes: reviews.themes,
      label: reviews.label,
    })
    .from(reviews)
    .where(
      and(
        eq(reviews.orgId, orgId),
        eq(reviews.locationId, locationId),
        eq(reviews.status, 'active'),
        or(isNull(reviews.language), eq(reviews.language, 'en')),
        sql`${day} >= ${input.from}::date and ${day} <= ${input.to}::date`,
      ),
    )
    .orderBy(sql`${reviews.publishedAt} desc nulls last`, desc(reviews.firstSeenAt))
    .limit(OUR_THEME_SAMPLE);
}

async function loadSnapshots(db: Db, orgId: string, ids: string[], to: string) {
  if (!ids.length) return [];
  return db
    .select({
      competitorId: competitorSnapshots.competitorId,
      day: competitorSnapshots.day,
      rating: competitorSnapshots.rating,
      ratingCount: competitorSnapshots.ratingCount,
    })
    .from(competitorSnapshots)
    .where(
      and(
        eq(competitorSnapshots.orgId, orgId),
        inArray(competitorSnapshots.competitorId, ids),
        lte(competitorSnapshots.day, to),
      ),
    );
}

/** Competitor reviews published (or, undated, first read) in the period. */
async function loadReadReviews(db: Db, orgId: string, ids: string[], input: BenchmarkInput) {
  if (!ids.length) return [];
  const when = sql`(coalesce(${competitorReviews.publishedAt}, ${competitorReviews.firstSeenAt}) at time zone 'UTC')`;
  return db
    .select({
      competitorId: competitorReviews.competitorId,
      day: sql<string>`to_char(${when}, 'YYYY-MM-DD')`,
      label: competitorReviews.label,
      praiseThemes: competitorReviews.praiseThemes,
    })
    .from(competitorReviews)
    .where(
      and(
        eq(competitorReviews.orgId, orgId),
        inArray(competitorReviews.competitorId, ids),
        sql`${when}::date between ${input.from}::date and ${input.to}::date`,
      ),
    );
}

/**
 * The benchmark for one of our locations: its rating and volume week by week beside each competitor's, the share
 * of negative reviews on each side, and the themes competitors are praised for where we are not.
 */
export async function getBenchmark(db: Db, orgId: string, input: BenchmarkInput) {
  const picked = await pickLocation(db, orgId, input.locationId);
  const location = picked.chosen;
  const base = { from: input.from, to: input.to, locations: picked.locations };
  if (!location) return { ...base, locationId: null, series: [], themes: [], competitorReviewsRead: 0 };
  const buckets = weekBuckets(input.from, input.to);
  const rivals = await db
    .select({ id: competitors.id, name: competitors.name })
    .from(competitors)
    .where(and(eq(competitors.orgId, orgId), eq(competitors.locationId, location.id)))
    .orderBy(asc(competitors.name));
  const ids = rivals.map((r) => r.id);
  const [snapshots, read, ours, sample, profile] = await Promise.all([
    loadSnapshots(db, orgId, ids, input.to),
    loadReadReviews(db, orgId, ids, input),
    ourSide(db, orgId, location.id, input),
    ourThemeSample(db, orgId, location.id, input),
    getBusinessProfile(db, orgId),
  ]);
  const share = (n: number, of: number) => (of ? Math.round((n / of) * 1000) / 1000 : null);
  const series: BenchmarkSeries[] = [
    {
      key: location.id,
      name: location.name,
      isOurs: true,
      points: ours.points,
      reviewsCounted: ours.counted,
      negative: ours.negative,
      negativeShare: share(ours.negative, ours.counted),
      volumeFrom: 'our reviews',
      latestRating: ours.points.at(-1)?.rating ?? null,
      ratingCount: ours.ratingCount,
    },
  ];
  for (const rival of rivals) {
    const own = snapshots.filter((s) => s.competitorId === rival.id);
    const theirs = read.filter((r) => r.competitorId === rival.id);
    const negative = theirs.filter((r) => r.label === 'negative').length;
    const points = competitorPoints(
      own,
      theirs.map((r) => r.day),
      buckets,
    );
    const latest = [...own].sort((a, b) => (a.day < b.day ? 1 : -1))[0];
    series.push({
      key: rival.id,
      name: rival.name,
      isOurs: false,
      points,
      reviewsCounted: theirs.length,
      negative,
      negativeShare: share(negative, theirs.length),
      volumeFrom: own.some((s) => s.ratingCount !== null) ? 'rating count' : 'reviews read',
      latestRating: latest?.rating ?? null,
      ratingCount: latest?.ratingCount ?? null,
    });
  }
  const themes = compareThemes(read, sample, triageOptionsFor(profile));
  return { ...base, locationId: location.id, series, themes, competitorReviewsRead: read.length };
}
