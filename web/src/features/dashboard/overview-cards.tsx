import type { TrendsFilterInput } from '@rebound/shared';
import type { CsvColumn } from '@rebound/shared/csv';
import { useQuery } from '@tanstack/react-query';
import { Suspense } from 'react';
import { useTRPC } from '../../shared/api/trpc.ts';
import { Card, CardTable } from './card.tsx';
import { formatCount, formatDelta, formatMinutes, formatPercent, formatRating } from './format.ts';
import { RatingTrendChart, StarsChart, VolumeChart } from './lazy-charts.ts';

const chartFallback = <div className="chart skeleton">Drawing the chart…</div>;

function useOverview(filter: TrendsFilterInput) {
  const trpc = useTRPC();
  return useQuery(trpc.trends.overview.queryOptions(filter));
}

type Kpi = { metric: string; value: string; note: string };

/** The headline numbers, each against the previous period of the same length. */
export function SummaryCard({ filter }: { filter: TrendsFilterInput }) {
  const q = useOverview(filter);
  const s = q.data?.summary;
  const p = q.data?.previous.summary;
  const kpis: Kpi[] =
    s && p && q.data
      ? [
          {
            metric: 'Average rating',
            value: formatRating(s.averageRating),
            note: formatDelta(s.averageRating, p.averageRating),
          },
          {
            metric: 'Rolling 30 days',
            value: formatRating(q.data.rolling.days30),
            note: 'average to the end date',
          },
          {
            metric: 'Rolling 90 days',
            value: formatRating(q.data.rolling.days90),
            note: 'average to the end date',
          },
          {
            metric: 'Reviews',
            value: formatCount(s.reviews),
            note: `${formatCount(p.reviews)} in the previous period`,
          },
          {
            metric: 'Negative share',
            value: formatPercent(s.negativeShare),
            note: `${formatCount(s.negative)} negative`,
          },
          {
            metric: 'Response rate',
            value: formatPercent(s.responseRate),
            note: `${formatCount(s.replied)} replied`,
          },
          {
            metric: 'Median time to first reply',
            value: formatMinutes(s.medianReplyMinutes),
            note: 'from publication',
          },
          {
            metric: 'Negatives answered within 24 h',
            value: formatPercent(s.negativeAnsweredWithin24hShare),
            note: '',
          },
          {
            metric: 'Recovered reviewers',
            value: formatCount(s.recovered),
            note: 'raised their rating after our reply',
          },
          { metric: 'Removed reviews', value: formatCount(s.removed), note: 'no longer on the platform' },
        ]
      : [];
  const columns: CsvColumn<Kpi>[] = [
    { header: 'Metric', value: (k) => k.metric },
    { header: 'Value', value: (k) => k.value },
    { header: 'Note', value: (k) => k.note },
  ];
  return (
    <Card
      title="Is it getting better?"
      csvName="summary"
      period={filter}
      rows={kpis}
      columns={columns}
      status={q.status}
      error={q.error?.message}
      isEmpty={!s?.reviews && !p?.reviews}
      emptyText="No reviews in this period yet. Try a longer period or another location."
    >
      <dl className="kpis">
        {kpis.map((k) => (
          <div key={k.metric} className="kpi">
            <dt>{k.metric}</dt>
            <dd>
              <span className="kpi-value">{k.value}</span>
              {k.note ? <span className="kpi-note">{k.note}</span> : null}
            </dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}

/** Rating and volume over time. */
export function TrendCard({ filter }: { filter: TrendsFilterInput }) {
  const q = useOverview(filter);
  const points = q.data?.series.points ?? [];
  const unit = q.data?.series.granularity === 'week' ? 'Week of' : 'Day';
  const columns: CsvColumn<(typeof points)[number]>[] = [
    { header: unit, value: (p) => p.start },
    { header: 'Reviews', value: (p) => p.reviews },
    { header: 'Negative', value: (p) => p.negative },
    { header: 'Replied', value: (p) => p.replied },
    {
      header: 'Average rating',
      value: (p) => (p.averageRating == null ? null : Number(p.averageRating.toFixed(3))),
    },
    {
      header: '30-day rolling average',
      value: (p) => (p.rolling30 == null ? null : Number(p.rolling30.toFixed(3))),
    },
  ];
  const last = points[points.length - 1];
  return (
    <Card
      title="Rating and volume over time"
      csvName="rating-trend"
      period={filter}
      rows={points}
      columns={columns}
      status={q.status}
      error={q.error?.message}
      isEmpty={!points.some((p) => p.reviews > 0)}
      emptyText="Nothing to draw: no reviews in this period."
    >
      <Suspense fallback={chartFallback}>
        <RatingTrendChart
          points={points}
          label={`Average rating per ${unit.toLowerCase()} from ${filter.from} to ${filter.to}; the 30-day rolling average ends at ${formatRating(last?.rolling30)}.`}
        />
        <VolumeChart points={points} label={`Reviews and negative reviews per ${unit.toLowerCase()}.`} />
      </Suspense>
      <details>
        <summary>Show the numbers</summary>
        <CardTable caption="Rating and volume over time" rows={points} columns={columns} />
      </details>
    </Card>
  );
}

/** Volume by star. */
export function StarsCard({ filter }: { filter: TrendsFilterInput }) {
  const q = useOverview(filter);
  const stars = (q.data?.summary.stars ?? []).map((s) => ({
    star: s.star === 'unrated' ? 'No rating' : `${s.star} ★`,
    count: s.count,
  }));
  const columns: CsvColumn<(typeof stars)[number]>[] = [
    { header: 'Stars', value: (s) => s.star },
    { header: 'Reviews', value: (s) => s.count },
  ];
  return (
    <Card
      title="Volume by star"
      csvName="stars"
      period={filter}
      rows={stars}
      columns={columns}
      status={q.status}
      error={q.error?.message}
      isEmpty={!stars.some((s) => s.count)}
      emptyText="No reviews in this period."
    >
      <Suspense fallback={chartFallback}>
        <StarsChart stars={stars} label={stars.map((s) => `${s.star}: ${s.count}`).join(', ')} />
      </Suspense>
      <CardTable caption="Volume by star" rows={stars} columns={columns} />
    </Card>
  );
}

/** Negative spikes and how long each took to get back to the previous average. */
export function SpikesCard({ filter }: { filter: TrendsFilterInput }) {
  const q = useOverview(filter);
  const spikes = q.data?.spikes ?? [];
  const columns: CsvColumn<(typeof spikes)[number]>[] = [
    { header: 'Spike day', value: (s) => s.day },
    { header: 'Negative reviews', value: (s) => s.negatives },
    { header: 'Usual negatives per day', value: (s) => Number(s.baselineNegatives.toFixed(2)) },
    { header: 'Previous average', value: (s) => formatRating(s.baselineAverage) },
    { header: 'Back to it on', value: (s) => s.recoveredOn ?? 'not yet' },
    { header: 'Days to recover', value: (s) => s.daysToRecover },
  ];
  return (
    <Card
      title="Recovery after negative spikes"
      csvName="spikes"
      period={filter}
      rows={spikes}
      columns={columns}
      status={q.status}
      error={q.error?.message}
      isEmpty={!spikes.length}
      emptyText="No negative spike in this period: no day had at least 3 negative reviews and twice the usual number."
    >
      <CardTable caption="Negative spikes" rows={spikes} columns={columns} />
    </Card>
  );
}
