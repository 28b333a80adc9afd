import type { Env } from '../../env.ts';
import { PLACES_API_URL } from '../../sources/google-places.ts';
import { conflict } from '../errors.ts';
import { claimDueCompetitors } from './claim-due-competitors.ts';
import type { CollectCompetitorDeps } from './collect-competitor.ts';
import { getCompetitor } from './list-competitors.ts';
import { type CompetitorPollDeps, pollClaimedCompetitor } from './poll-competitor.ts';

export const COMPETITOR_LEASE_SECONDS = 180;

/** The operator's Places key, sent to Google's own address unless endpoint overrides are allowed (tests, proxies). */
export function placesSettings(env: Env): CollectCompetitorDeps['places'] {
  return {
    apiKey: env.GOOGLE_PLACES_API_KEY,
    baseUrl: env.ALLOW_ENDPOINT_OVERRIDES ? env.GOOGLE_PLACES_API_URL : PLACES_API_URL,
  };
}

/** Read one competitor now (the dashboard's "Refresh"), under the same claim the schedule uses. */
export async function refreshCompetitor(deps: CompetitorPollDeps, orgId: string, competitorId: string) {
  await getCompetitor(deps.db, orgId, competitorId);
  const [claimed] = await claimDueCompetitors(deps.db, deps.worker, {
    limit: 1,
    leaseSeconds: COMPETITOR_LEASE_SECONDS,
    only: { orgId, competitorId },
  });
  if (!claimed) throw conflict('This competitor is being read right now; try again in a moment.');
  const outcome = await pollClaimedCompetitor(deps, claimed);
  return { outcome, competitor: await getCompetitor(deps.db, orgId, competitorId) };
}
