import type { AddCompetitorInput, CompetitorKind } from '@rebound/shared/schemas/competitors';
import type { CssSelectorConfig } from '../../sources/types.ts';
import { appleFeedUrl } from '../sources/source-config.ts';

export type CompetitorConfig = {
  css?: CssSelectorConfig;
  appId?: string;
  country?: string;
  playId?: string;
  placeId?: string;
};

/** The Google Play listing carries the app's rating and rating count as schema.org markup (no reviews). */
export function playListingUrl(playId: string): string {
  return `https://play.google.com/store/apps/details?id=${encodeURIComponent(playId)}&hl=en`;
}

/** What is stored for a new competitor: the address to fetch (none for Places) and the adapter settings. */
export function competitorTarget(input: AddCompetitorInput): {
  url: string | null;
  config: CompetitorConfig;
} {
  const kind: CompetitorKind = input.kind;
  switch (kind) {
    case 'schema_org':
      return { url: input.url ?? null, config: {} };
    case 'css':
      return { url: input.url ?? null, config: input.css ? { css: input.css } : {} };
    case 'apple_json': {
      const country = (input.country ?? 'us').toLowerCase();
      const url = input.url ?? (input.appId ? appleFeedUrl('apple_json', input.appId, country) : null);
      return { url, config: { appId: input.appId, country } };
    }
    case 'google_play':
      return { url: input.playId ? playListingUrl(input.playId) : null, config: { playId: input.playId } };
    case 'google_places':
      return { url: null, config: { placeId: input.placeId } };
    default:
      throw new Error(`Unknown competitor kind ${kind satisfies never}`);
  }
}

/** The key two competitors of one location would share if they were the same business on the same platform. */
export function sameCompetitorKey(
  kind: CompetitorKind,
  url: string | null,
  config: CompetitorConfig,
): string {
  if (kind === 'google_places') return `places:${config.placeId ?? ''}`;
  return `${kind === 'google_play' ? 'play' : 'page'}:${url ?? ''}`;
}
