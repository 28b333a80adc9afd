import { conflict } from '../errors.ts';
import { claimDueCompetitors } from './claim-due-competitors.ts';
import { COMPETITOR_LEASE_SECONDS } from './competitor-settings.ts';
import { getCompetitor } from './get-competitor.ts';
import { type CompetitorPollDeps, pollClaimedCompetitor } from './poll-claimed-competitor.ts';

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
