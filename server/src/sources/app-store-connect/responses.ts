import { StoreApiError } from '../store-api/errors.ts';
import { asRecord, callJson, type HttpFn, pathSegment } from '../store-api/request.ts';
import { ASC_PLATFORM, ascCall, readAscResponse } from './reviews.ts';
import { signAscToken } from './token.ts';
import type { AscConfig, AscResponse } from './types.ts';

type Opts = { now?: () => number };

/** GET /v1/customerReviews/{id}/response: our current response on the App Store, or null when there is none. */
export async function getAscResponse(
  cfg: AscConfig,
  http: HttpFn,
  reviewId: string,
  opts: Opts = {},
): Promise<AscResponse | null> {
  const id = pathSegment(reviewId, 'review id', ASC_PLATFORM);
  const body = await callJson(ascCall(cfg, http, opts.now), {
    method: 'GET',
    url: `${cfg.apiBaseUrl}/v1/customerReviews/${id}/response?fields[customerReviewResponses]=responseBody,lastModifiedDate,state`,
    token: await signAscToken(cfg, opts.now?.()),
    what: 'reading a review response',
    isAbsentOk: true,
  });
  return body === null ? null : readAscResponse(asRecord(body).data);
}

/** POST /v1/customerReviewResponses with the review as its relationship. */
export async function createAscResponse(
  cfg: AscConfig,
  http: HttpFn,
  reviewId: string,
  responseBody: string,
  opts: Opts = {},
): Promise<AscResponse> {
  const body = await callJson(ascCall(cfg, http, opts.now), {
    method: 'POST',
    url: `${cfg.apiBaseUrl}/v1/customerReviewResponses`,
    token: await signAscToken(cfg, opts.now?.()),
    what: 'posting a review response',
    body: {
      data: {
        type: 'customerReviewResponses',
        attributes: { responseBody },
        relationships: {
          review: {
            data: { type: 'customerReviews', id: pathSegment(reviewId, 'review id', ASC_PLATFORM) },
          },
        },
      },
    },
  });
  const created = readAscResponse(asRecord(body).data);
  if (!created)
    throw new StoreApiError('invalid', 'App Store Connect accepted the response but did not describe it');
  return created;
}

/** DELETE /v1/customerReviewResponses/{id}; one already gone counts as deleted. */
export async function deleteAscResponse(cfg: AscConfig, http: HttpFn, responseId: string, opts: Opts = {}) {
  await callJson(ascCall(cfg, http, opts.now), {
    method: 'DELETE',
    url: `${cfg.apiBaseUrl}/v1/customerReviewResponses/${pathSegment(responseId, 'response id', ASC_PLATFORM)}`,
    token: await signAscToken(cfg, opts.now?.()),
    what: 'deleting a review response',
    isAbsentOk: true,
  });
}
