import type { AggregateRating, NormalizedReview, SourceKind } from '@rebound/shared';
import type { Fetcher } from '../../net/fetcher.ts';
import { isExtractError } from '../../sources/errors.ts';
import { extractPlaceRatings, PLACES_FIELD_MASK, placeDetailsUrl } from '../../sources/google-places.ts';
import { extractIsolated } from '../../sources/isolated/read-isolated.ts';
import type { CssSelectorConfig } from '../../sources/types.ts';
import type { ClaimedCompetitor } from './claim-due-competitors.ts';

export type CompetitorRead =
  | {
      ok: true;
      notModified: boolean;
      rating: number | null;
      ratingCount: number | null;
      reviews: NormalizedReview[];
      etag: string | null;
      lastModified: string | null;
    }
  | { ok: false; message: string; retryAfterMs: number | null };

export type CollectCompetitorDeps = {
  fetcher: Fetcher;
  /** The operator's Places key (GOOGLE_PLACES_API_KEY) and the API base it may be sent to. */
  places: { apiKey: string | undefined; baseUrl: string };
};

const failed = (message: string, retryAfterMs: number | null = null): CompetitorRead => ({
  ok: false,
  message,
  retryAfterMs,
});

/** The existing adapter that reads each kind of competitor page. */
const adapterOf: Record<string, SourceKind> = {
  schema_org: 'schema_org',
  css: 'css',
  apple_json: 'apple_json',
  // A Play listing is read for its schema.org AggregateRating.
  google_play: 'schema_org',
};

/** The platform's own figure: the aggregate that rests on the most ratings, when the page states one. */
function mainAggregate(aggregates: AggregateRating[]): AggregateRating | null {
  const rated = aggregates.filter((a) => a.rating !== null);
  const size = (a: AggregateRating) => a.ratingCount ?? a.reviewCount ?? 0;
  return rated.sort((a, b) => size(b) - size(a))[0] ?? null;
}

function meanRating(reviews: NormalizedReview[]): number | null {
  const rated = reviews.flatMap((r) => (r.rating === null ? [] : [r.rating]));
  return rated.length ? rated.reduce((a, b) => a + b, 0) / rated.length : null;
}

async function collectPage(competitor: ClaimedCompetitor, fetcher: Fetcher): Promise<CompetitorRead> {
  const kind = adapterOf[competitor.kind];
  if (!competitor.url || !kind) return failed('This competitor has no address to read.');
  const outcome = await fetcher(competitor.url, {
    respectRobots: kind !== 'apple_json',
    etag: competitor.etag,
    lastModified: competitor.lastModified,
  });
  if (!outcome.ok) return failed(outcome.error.message, outcome.error.retryAfterMs ?? null);
  if (outcome.notModified) {
    const { etag, lastModified } = competitor;
    return { ok: true, notModified: true, rating: null, ratingCount: null, reviews: [], etag, lastModified };
  }
  const config = competitor.config as { css?: CssSelectorConfig };
  try {
    const doc = { body: outcome.body, url: outcome.url, contentType: outcome.contentType };
    const result = await extractIsolated(doc, kind, config.css);
    const aggregate = mainAggregate(result.aggregates);
    if (!aggregate && !result.reviews.length)
      return failed('No rating or review could be read on this page; it may have changed.');
    return {
      ok: true,
      notModified: false,
      rating: aggregate?.rating ?? meanRating(result.reviews),
      ratingCount: aggregate ? (aggregate.ratingCount ?? aggregate.reviewCount) : null,
      reviews: result.reviews,
      etag: outcome.etag,
      lastModified: outcome.lastModified,
    };
  } catch (error) {
    if (isExtractError(error)) return failed(`The page could not be read: ${error.message}`);
    throw error;
  }
}

async function collectPlace(
  competitor: ClaimedCompetitor,
  deps: CollectCompetitorDeps,
): Promise<CompetitorRead> {
  const placeId = (competitor.config as { placeId?: string }).placeId;
  if (!placeId) return failed('This competitor has no Google place id.');
  if (!deps.places.apiKey)
    return failed('Google Places is not set up on this server: the operator sets GOOGLE_PLACES_API_KEY.');
  const outcome = await deps.fetcher(placeDetailsUrl(placeId, deps.places.baseUrl), {
    respectRobots: false,
    maxRedirects: 0,
    accept: 'application/json',
    headers: { 'X-Goog-Api-Key': deps.places.apiKey, 'X-Goog-FieldMask': PLACES_FIELD_MASK },
  });
  if (!outcome.ok) {
    const status = outcome.error.status;
    const hint =
      status === 400 || status === 404 ? ' Check the place id.' : status === 403 ? ' Check the API key.' : '';
    return failed(`${outcome.error.message}${hint}`, outcome.error.retryAfterMs ?? null);
  }
  try {
    const read = extractPlaceRatings(outcome.body);
    return { ok: true, notModified: false, ...read, etag: null, lastModified: null };
  } catch (error) {
    if (isExtractError(error)) return failed(error.message);
    throw error;
  }
}

/** Fetch what a competitor's platform shows now: its rating, rating count and the reviews it lets us read. */
export function collectCompetitor(
  competitor: ClaimedCompetitor,
  deps: CollectCompetitorDeps,
): Promise<CompetitorRead> {
  return competitor.kind === 'google_places'
    ? collectPlace(competitor, deps)
    : collectPage(competitor, deps.fetcher);
}
