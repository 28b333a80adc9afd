import type { TrendsFilterInput } from '@rebound/shared';
import type { Db } from '../../db/client.ts';
import { addDays, daysBetween } from '../rollups/day-ranges.ts';
import { ensureFreshRollups } from '../rollups/ensure-fresh-rollups.ts';
import { loadOverviewRows } from './load-overview-rows.ts';
import { averageOf, summarizeTotals } from './metrics.ts';
import { buildSeries } from './series.ts';
import { findSpikeRecoveries, SPIKE_BASELINE_DAYS } from './spikes.ts';

/**
 * Everything the overview cards show, from one statement over the slice's daily rollups: the period's metrics,
 * the same metrics for the period before it (is it getting better?), rolling 30/90-day averages ending on `to`,
 * the series and the negative spikes with their recovery time. The statement also says whether rollups are
 * queued for refresh; only then is it refreshed and read again, so the usual request is one round trip.
 */
export async function getOverview(db: Db, orgId: string, input: TrendsFilterInput) {
  const length = daysBetween(input.from, input.to) + 1;
  const previousFrom = addDays(input.from, -length);
  const previousTo = addDays(input.from, -1);
  const earliest =
    [
      previousFrom,
      addDays(input.from, -SPIKE_BASELINE_DAYS),
      addDays(input.to, -89),
      addDays(input.from, -29),
    ].sort()[0] ?? previousFrom;
  const range = { earliest, from: input.from, to: input.to, previousFrom, previousTo };
  let loaded = await loadOverviewRows(db, orgId, input, range);
  if (loaded.isStale) {
    await ensureFreshRollups(db, orgId);
    loaded = await loadOverviewRows(db, orgId, input, range);
  }
  const { days } = loaded;
  const inRange = (from: string, to: string) => days.filter((r) => r.day >= from && r.day <= to);
  return {
    from: input.from,
    to: input.to,
    summary: summarizeTotals(loaded.period),
    previous: { from: previousFrom, to: previousTo, summary: summarizeTotals(loaded.previous) },
    rolling: {
      days30: averageOf(inRange(addDays(input.to, -29), input.to)),
      days90: averageOf(inRange(addDays(input.to, -89), input.to)),
    },
    series: buildSeries(days, input.from, input.to),
    spikes: findSpikeRecoveries(days, input.from, input.to),
  };
}

export type Overview = Awaited<ReturnType<typeof getOverview>>;
