import type { NormalizedReview } from '@rebound/shared';
import { StoreApiError } from '../store-api/errors.ts';
import {
  asRecord,
  asText,
  callJson,
  type HttpFn,
  isSameOrigin,
  pathSegment,
  type StoreCall,
} from '../store-api/request.ts';
import { signAscToken } from './token.ts';
import { ASC_PAGE_LIMIT, type AscConfig, type AscResponse, type AscResponseState } from './types.ts';

export const ASC_PLATFORM = 'App Store Connect';

export type AscReview = NormalizedReview & { territory: string | null; response: AscResponse | null };

export type ListAscReviewsResult = { reviews: AscReview[]; total: number | null; isComplete: boolean };

/** The adapter's call settings: the key material is what must never show in a message. */
export function ascCall(cfg: AscConfig, http: HttpFn, now?: () => number): StoreCall {
  return { http, platform: ASC_PLATFORM, secrets: [cfg.privateKey], ...(now ? { now } : {}) };
}

function toIso(value: unknown): string | null {
  const text = asText(value);
  if (!text) return null;
  const at = Date.parse(text);
  return Number.isNaN(at) ? null : new Date(at).toISOString();
}

export function readAscResponse(resource: unknown): AscResponse | null {
  const data = asRecord(resource);
  const id = asText(data.id);
  if (!id || data.type !== 'customerReviewResponses') return null;
  const attributes = asRecord(data.attributes);
  const state = asText(attributes.state);
  return {
    id,
    responseBody: asText(attributes.responseBody) ?? '',
    state: state === 'PUBLISHED' || state === 'PENDING_PUBLISH' ? (state as AscResponseState) : null,
    lastModifiedDate: toIso(attributes.lastModifiedDate),
  };
}

/** One `customerReviews` resource as Rebound stores it; the response comes from the `included` list. */
export function normalizeAscReview(resource: unknown, responses: Map<string, AscResponse>): AscReview | null {
  const data = asRecord(resource);
  const id = asText(data.id);
  if (!id || data.type !== 'customerReviews') return null;
  const attributes = asRecord(data.attributes);
  const stars = typeof attributes.rating === 'number' ? Math.round(attributes.rating) : null;
  const rating = stars !== null && stars >= 1 && stars <= 5 ? stars : null;
  const link = asRecord(asRecord(asRecord(data.relationships).response).data);
  const response = (typeof link.id === 'string' && responses.get(link.id)) || null;
  return {
    externalId: id,
    author: asText(attributes.reviewerNickname)?.trim() || null,
    rating,
    ratingOriginal: rating,
    ratingScale: { worst: 1, best: 5 },
    title: asText(attributes.title)?.trim() || null,
    text: asText(attributes.body) ?? '',
    language: null,
    publishedAt: toIso(attributes.createdDate),
    updatedAt: null,
    url: null,
    itemName: null,
    ownerReply: response ? { text: response.responseBody, updatedAt: response.lastModifiedDate } : null,
    territory: asText(attributes.territory),
    response,
  };
}

export function ascReviewsUrl(cfg: AscConfig): string {
  const query = new URLSearchParams({
    limit: String(ASC_PAGE_LIMIT),
    sort: '-createdDate',
    'fields[customerReviews]': 'rating,title,body,reviewerNickname,createdDate,territory,response',
    include: 'response',
    'fields[customerReviewResponses]': 'responseBody,lastModifiedDate,state',
  });
  return `${cfg.apiBaseUrl}/v1/apps/${pathSegment(cfg.appId, 'app id', ASC_PLATFORM)}/customerReviews?${query}`;
}

/**
 * Every customer review of the app, in every territory (no territory filter), following `links.next` until it
 * ends. Each page signs a fresh token, so a long listing never outlives one. `maxPages` bounds a runaway.
 */
export async function listAscReviews(
  cfg: AscConfig,
  http: HttpFn,
  opts: { maxPages?: number; now?: () => number } = {},
): Promise<ListAscReviewsResult> {
  const call = ascCall(cfg, http, opts.now);
  const maxPages = opts.maxPages ?? 500;
  const reviews: AscReview[] = [];
  const seen = new Set<string>();
  let total: number | null = null;
  let url: string | null = ascReviewsUrl(cfg);
  let pages = 0;
  while (url && pages < maxPages) {
    seen.add(url);
    pages++;
    const token = await signAscToken(cfg, opts.now?.());
    const page = asRecord(
      await callJson(call, { method: 'GET', url, token, what: 'listing customer reviews' }),
    );
    const responses = new Map<string, AscResponse>();
    for (const item of Array.isArray(page.included) ? page.included : []) {
      const response = readAscResponse(item);
      if (response) responses.set(response.id, response);
    }
    for (const item of Array.isArray(page.data) ? page.data : []) {
      const review = normalizeAscReview(item, responses);
      if (review) reviews.push(review);
    }
    const paging = asRecord(asRecord(page.meta).paging);
    if (pages === 1 && typeof paging.total === 'number') total = paging.total;
    const next = asText(asRecord(page.links).next);
    if (next && !isSameOrigin(next, cfg.apiBaseUrl))
      throw new StoreApiError(
        'invalid',
        'App Store Connect sent a next-page link to another address; stopped',
      );
    url = next && !seen.has(next) ? next : null;
  }
  return { reviews, total, isComplete: url === null };
}
