import type { Env } from '../../env.ts';
import { PLACES_API_URL } from '../../sources/google-places.ts';
import type { CollectCompetitorDeps } from './collect-competitor.ts';

export const COMPETITOR_LEASE_SECONDS = 180;

/** The operator's Places key, sent to Google's own address unless endpoint overrides are allowed (tests, proxies). */
export function placesSettings(env: Env): CollectCompetitorDeps['places'] {
  return {
    apiKey: env.GOOGLE_PLACES_API_KEY,
    baseUrl: env.ALLOW_ENDPOINT_OVERRIDES ? env.GOOGLE_PLACES_API_URL : PLACES_API_URL,
  };
}
