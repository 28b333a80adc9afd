import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { type DataServer, dataDir, startDataServer } from '../sources-polling/support.ts';

export const PLACES_KEY = 'places-test-key-7d41c0';

/** A place as the fake Places API knows it: its figures and which real reviews (file and line) it shows. */
export type FakePlace = {
  rating: number;
  userRatingCount: number;
  reviews: { file: 'positive.jsonl' | 'negative.jsonl'; line: number; daysAgo: number }[];
};

type LocalReview = { rating: number; text: string };

async function readLocalReviews(file: string): Promise<LocalReview[]> {
  const text = await readFile(path.join(dataDir, 'reviews_local', file), 'utf8');
  return text
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as LocalReview);
}

/** Lines of a reviews_local file whose review passes the test, for picking real reviews by what they say. */
export async function linesMatching(
  file: FakePlace['reviews'][number]['file'],
  test: (r: LocalReview) => boolean,
) {
  return (await readLocalReviews(file)).flatMap((r, i) => (test(r) ? [i] : []));
}

const googleError = (code: number, status: string, message: string) =>
  JSON.stringify({ error: { code, message, status } });

export type FakeSites = DataServer & {
  /** Answer `GET /v1/places/{id}` for this id: with the place's figures, or Google's NOT_FOUND when null. */
  servePlace(id: string, place: FakePlace | null): void;
  /** Headers of every Places request, in order. */
  placesRequests: IncomingHttpHeaders[];
};

/**
 * The real pages of ../shared/data served in place under /data/<path>, and a stand-in for the Places API (New)
 * place details call: `GET /v1/places/{id}` with X-Goog-Api-Key and X-Goog-FieldMask, answering only the masked
 * fields in Google's documented shape (rating, userRatingCount, reviews[] with name, rating, text and originalText
 * as LocalizedText, authorAttribution, publishTime) and Google's error body otherwise.
 */
export async function startFakeSites(): Promise<FakeSites> {
  const server = await startDataServer();
  const placesRequests: IncomingHttpHeaders[] = [];
  const answer =
    (id: string, place: FakePlace | null) => async (req: IncomingMessage, res: ServerResponse) => {
      placesRequests.push(req.headers);
      const json = { 'content-type': 'application/json; charset=UTF-8' };
      if (req.headers['x-goog-api-key'] !== PLACES_KEY)
        return void res.writeHead(403, json).end(googleError(403, 'PERMISSION_DENIED', 'API key not valid.'));
      const mask = String(req.headers['x-goog-fieldmask'] ?? '');
      if (!mask)
        return void res
          .writeHead(400, json)
          .end(googleError(400, 'INVALID_ARGUMENT', 'FieldMask is a required parameter.'));
      if (!place)
        return void res
          .writeHead(404, json)
          .end(googleError(404, 'NOT_FOUND', `The place ID provided is not valid: ${id}`));
      const fields = new Set(mask.split(',').map((f) => f.trim()));
      const body: Record<string, unknown> = {};
      if (fields.has('rating')) body.rating = place.rating;
      if (fields.has('userRatingCount')) body.userRatingCount = place.userRatingCount;
      if (fields.has('reviews')) body.reviews = await placeReviews(id, place);
      res.writeHead(200, json).end(JSON.stringify(body));
    };
  return {
    ...server,
    placesRequests,
    servePlace: (id, place) => server.route(`/v1/places/${encodeURIComponent(id)}`, answer(id, place)),
  };
}

async function placeReviews(id: string, place: FakePlace) {
  const out = [];
  // Places returns at most five reviews, whatever the place's total.
  for (const pick of place.reviews.slice(0, 5)) {
    const row = (await readLocalReviews(pick.file))[pick.line];
    if (!row) continue;
    const reviewId = createHash('sha1').update(`${pick.file}:${pick.line}`).digest('hex').slice(0, 20);
    const text = { text: row.text, languageCode: 'en' };
    out.push({
      name: `places/${id}/reviews/${reviewId}`,
      relativePublishTimeDescription: `${pick.daysAgo} days ago`,
      rating: row.rating,
      text,
      originalText: text,
      authorAttribution: {
        displayName: `Reviewer ${pick.line}`,
        uri: `https://www.google.com/maps/contrib/${reviewId}/reviews`,
        photoUri: `https://lh3.googleusercontent.com/a/${reviewId}`,
      },
      publishTime: new Date(Date.now() - pick.daysAgo * 86_400_000).toISOString(),
      flagContentUri: `https://www.google.com/local/review/rap/report?postId=${reviewId}`,
      googleMapsUri: `https://www.google.com/maps/reviews/data=${reviewId}`,
    });
  }
  return out;
}
