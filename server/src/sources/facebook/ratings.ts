import type { NormalizedReview } from '@rebound/shared';
import type { HttpFn } from '../google/types.ts';
import { checkGraphId, listEdge } from './graph.ts';

export const RATING_FIELDS =
  'recommendation_type,rating,review_text,created_time,reviewer{id,name},open_graph_story{id}';

const str = (v: unknown): string | null => (typeof v === 'string' && v ? v : null);

/** Graph's created_time is ISO 8601 with a +0000 offset. */
function toIso(value: unknown): string | null {
  const s = str(value);
  if (!s) return null;
  const parsed = Date.parse(s.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  return Number.isNaN(parsed) ? null : new Date(parsed).toISOString();
}

/**
 * One Page rating. Recommendations are yes/no (kept on a 0–1 scale, read as 5 or 1 stars); older star ratings
 * keep their 1–5. The open graph story is what a reply is posted on, so its id is the review's id.
 */
export function normalizeFacebookRating(raw: Record<string, unknown>): NormalizedReview | null {
  const story = raw.open_graph_story as { id?: unknown } | undefined;
  const storyId = str(story?.id);
  const reviewer = (raw.reviewer ?? {}) as { id?: unknown; name?: unknown };
  const created = toIso(raw.created_time);
  const externalId = storyId ?? (str(reviewer.id) && created ? `${str(reviewer.id)}:${created}` : null);
  if (!externalId) return null;
  const stars = typeof raw.rating === 'number' && raw.rating >= 1 && raw.rating <= 5 ? raw.rating : null;
  const kind = str(raw.recommendation_type);
  const recommends = kind === 'positive' ? 1 : kind === 'negative' ? 0 : null;
  return {
    externalId,
    author: str(reviewer.name),
    rating: stars ?? (recommends === null ? null : recommends === 1 ? 5 : 1),
    ratingOriginal: stars ?? recommends,
    ratingScale: stars !== null ? { worst: 1, best: 5 } : recommends === null ? null : { worst: 0, best: 1 },
    title: null,
    text: str(raw.review_text) ?? '',
    language: null,
    publishedAt: created,
    updatedAt: created,
    url: null,
    itemName: null,
    ownerReply: null,
  };
}

/** GET /{page-id}/ratings, every page. */
export async function listFacebookRatings(
  http: HttpFn,
  graphBase: string,
  pageId: string,
  pageToken: string,
): Promise<NormalizedReview[]> {
  const items = await listEdge(
    http,
    pageToken,
    (after) => {
      const q = new URLSearchParams({ fields: RATING_FIELDS, limit: '25' });
      if (after) q.set('after', after);
      return `${graphBase}/${checkGraphId(pageId, 'Page')}/ratings?${q}`;
    },
    'reading the Page ratings',
  );
  return items.flatMap((item) => normalizeFacebookRating(item) ?? []);
}
