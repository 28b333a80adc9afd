import type { TrendsFilterInput } from '@rebound/shared';
import type { Db } from '../../db/client.ts';
import { addDays, daysBetween } from '../rollups/day-ranges.ts';
import { ensureFreshRollups } from '../rollups/drain-dirty-days.ts';
import { loadDailyRows } from './load-rollups.ts';
import { averageOf, summarize } from './metrics.ts';
import { buildSeries } from './series.ts';
import { findSpikeRecoveries, SPIKE_BASELINE_DAYS } from './spikes.ts';

/**
 * Everything the overview cards show, from one read of the slice's daily rollups: the period's metrics, the
 * same metrics for the period before it (is it getting better?), rolling 30/90-day averages ending on `to`,
 * the series and the negative spikes with their recovery time.
 */
export async function getOverview(db: Db, orgId: string, input: TrendsFilterInput) {
  await ensureFreshRollups(db, orgId);
  const length = daysBetween(input.from, input.to) + 1;
  const previousFrom = addDays(input.from, -length);
  const earliest =
    [
      previousFrom,
      addDays(input.from, -SPIKE_BASELINE_DAYS),
      addDays(input.to, -89),
      addDays(input.from, -29),
    ].sort()[0] ?? previousFrom;
  const rows = await loadDailyRows(db, orgId, input, earliest, input.to);
  const inRange = (from: string, to: string) => rows.filter((r) => r.day >= from && r.day <= to);
  const period = inRange(input.from, input.to);
  return {
    from: input.from,
    to: input.to,
    summary: summarize(period),
    previous: {
      from: previousFrom,
      to: addDays(input.from, -1),
      summary: summarize(inRange(previousFrom, addDays(input.from, -1))),
    },
    rolling: {
      days30: averageOf(inRange(addDays(input.to, -29), input.to)),
      days90: averageOf(inRange(addDays(input.to, -89), input.to)),
    },
    series: buildSeries(rows, input.from, input.to),
    spikes: findSpikeRecoveries(rows, input.from, input.to),
  };
}

export type Overview = Awaited<ReturnType<typeof getOverview>>;
