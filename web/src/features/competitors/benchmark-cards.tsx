import type { BenchmarkInput } from '@rebound/shared/schemas/competitors';
import { useQuery } from '@tanstack/react-query';
import { Suspense } from 'react';
import { useTRPC } from '../../shared/api/trpc.ts';
import { type DataColumn, DataTable } from '../../shared/ui/data-table.tsx';
import { formatCount, formatRating, formatShare } from './format.ts';
import { SideBySideChart } from './lazy-charts.ts';

const chartFallback = <div className="chart skeleton">Drawing the chart…</div>;

export function useBenchmark(filter: BenchmarkInput) {
  const trpc = useTRPC();
  return useQuery(trpc.competitors.benchmark.queryOptions(filter));
}
type Benchmark = NonNullable<ReturnType<typeof useBenchmark>['data']>;

const volumeNote: Record<Benchmark['series'][number]['volumeFrom'], string> = {
  'our reviews': 'our reviews',
  'rating count': 'new ratings on the platform',
  'reviews read': 'reviews we could read',
};

type Series = Benchmark['series'][number];
type Theme = Benchmark['themes'][number];

const volumeOf = (s: Series) => {
  const volumes = s.points.map((p) => p.volume).filter((v): v is number => v !== null);
  return volumes.length ? volumes.reduce((a, b) => a + b, 0) : null;
};

const sideBySideColumns: DataColumn<Series>[] = [
  {
    header: 'Business',
    value: (s) => (s.isOurs ? `${s.name} (us)` : s.name),
    isRowHeader: true,
    isSortable: true,
  },
  {
    header: 'Rating',
    value: (s) => s.latestRating,
    cell: (s) => formatRating(s.latestRating),
    isSortable: true,
  },
  {
    header: 'Ratings in all',
    value: (s) => s.ratingCount,
    cell: (s) => formatCount(s.ratingCount),
    isSortable: true,
  },
  {
    header: 'Volume in the period',
    value: volumeOf,
    cell: (s) => {
      const volume = volumeOf(s);
      return (
        <>
          {volume === null ? '—' : formatCount(volume)}{' '}
          <small className="hint">{volumeNote[s.volumeFrom]}</small>
        </>
      );
    },
    isSortable: true,
  },
  {
    header: 'Negative share',
    value: (s) => s.negativeShare,
    cell: (s) => (
      <>
        {formatShare(s.negativeShare)}{' '}
        <small className="hint">of {formatCount(s.reviewsCounted)} reviews</small>
      </>
    ),
    isSortable: true,
  },
];

/** A share of reviews praising the theme, with how many reviews that is. */
const praisedColumn = (header: string, read: (t: Theme) => [number | null, number]): DataColumn<Theme> => ({
  header,
  value: (t) => read(t)[0],
  cell: (t) => (
    <>
      {formatShare(read(t)[0])} <small className="hint">({read(t)[1]})</small>
    </>
  ),
  isSortable: true,
});

const themeColumns: DataColumn<Theme>[] = [
  { header: 'Theme', value: (t) => t.theme.replaceAll('_', ' '), isRowHeader: true, isSortable: true },
  praisedColumn('Praised at competitors', (t) => [t.competitorShare, t.competitorPraised]),
  praisedColumn('Praised here', (t) => [t.ourShare, t.ourPraised]),
  {
    header: 'Complained of here',
    value: (t) => t.ourComplaintShare,
    cell: (t) => formatShare(t.ourComplaintShare),
    isSortable: true,
  },
  { header: 'Gap', value: (t) => (t.isGap ? 'Praised there, not here' : ''), isSortable: true },
];

/** Rating and volume week by week, our location and its competitors on the same axes. */
export function TrendsCard({ data }: { data: Benchmark }) {
  const weeks = data.series[0]?.points.map((p) => p.start) ?? [];
  const chart = (pick: 'rating' | 'volume') =>
    data.series.map((s) => ({
      key: s.key,
      name: s.name,
      isOurs: s.isOurs,
      values: s.points.map((p) => p[pick]),
    }));
  return (
    <section className="bench-card" aria-labelledby="bench-trend">
      <h2 id="bench-trend">Rating and volume, side by side</h2>
      <p className="hint">
        Each line is the rating the platform shows at the end of each week (for us: the average of every
        rating so far). Volume is new ratings per week where the platform states its count.
      </p>
      <div className="bench-charts">
        <Suspense fallback={chartFallback}>
          <SideBySideChart weeks={weeks} series={chart('rating')} label="Rating by week" domain={[1, 5]} />
        </Suspense>
        <Suspense fallback={chartFallback}>
          <SideBySideChart weeks={weeks} series={chart('volume')} label="Reviews or new ratings by week" />
        </Suspense>
      </div>
      <DataTable
        label="Side by side"
        rows={data.series}
        columns={sideBySideColumns}
        rowKey={(s) => s.key}
        rowProps={(s) => (s.isOurs ? { className: 'bench-ours' } : {})}
        emptyText="No businesses to compare yet."
        csvName="benchmark-side-by-side"
      />
    </section>
  );
}

/** Themes competitors are praised for, beside how often we are praised and criticised for them. */
export function ThemesCard({ data }: { data: Benchmark }) {
  return (
    <section className="bench-card" aria-labelledby="bench-themes">
      <h2 id="bench-themes">Where they are praised and we are not</h2>
      {data.themes.length === 0 ? (
        <p className="dash-empty">
          No praise read in competitor reviews for this period yet ({formatCount(data.competitorReviewsRead)}{' '}
          reviews read).
        </p>
      ) : (
        <DataTable
          label="Praised themes"
          rows={data.themes}
          columns={themeColumns}
          rowKey={(t) => t.theme}
          rowProps={(t) => (t.isGap ? { className: 'bench-gap' } : {})}
          emptyText="No praise read yet."
          csvName="benchmark-themes"
        />
      )}
      <p className="hint">
        Read from {formatCount(data.competitorReviewsRead)} competitor reviews in the period and up to 200 of
        ours, with the same theme reader. Google Places shows at most five reviews per place.
      </p>
    </section>
  );
}
