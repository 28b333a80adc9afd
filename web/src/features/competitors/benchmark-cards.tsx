import type { BenchmarkInput } from '@rebound/shared/schemas/competitors';
import { useQuery } from '@tanstack/react-query';
import { Suspense } from 'react';
import { useTRPC } from '../../shared/api/trpc.ts';
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
      <div className="table-scroll">
        <table aria-label="Side by side">
          <thead>
            <tr>
              <th scope="col">Business</th>
              <th scope="col">Rating</th>
              <th scope="col">Ratings in all</th>
              <th scope="col">Volume in the period</th>
              <th scope="col">Negative share</th>
            </tr>
          </thead>
          <tbody>
            {data.series.map((s) => {
              const volumes = s.points.map((p) => p.volume).filter((v): v is number => v !== null);
              return (
                <tr key={s.key} className={s.isOurs ? 'bench-ours' : undefined}>
                  <th scope="row">{s.isOurs ? `${s.name} (us)` : s.name}</th>
                  <td>{formatRating(s.latestRating)}</td>
                  <td>{formatCount(s.ratingCount)}</td>
                  <td>
                    {volumes.length ? formatCount(volumes.reduce((a, b) => a + b, 0)) : '—'}{' '}
                    <small className="hint">{volumeNote[s.volumeFrom]}</small>
                  </td>
                  <td>
                    {formatShare(s.negativeShare)}{' '}
                    <small className="hint">of {formatCount(s.reviewsCounted)} reviews</small>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
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
        <div className="table-scroll">
          <table aria-label="Praised themes">
            <thead>
              <tr>
                <th scope="col">Theme</th>
                <th scope="col">Praised at competitors</th>
                <th scope="col">Praised here</th>
                <th scope="col">Complained of here</th>
                <th scope="col">Gap</th>
              </tr>
            </thead>
            <tbody>
              {data.themes.map((t) => (
                <tr key={t.theme} className={t.isGap ? 'bench-gap' : undefined}>
                  <th scope="row">{t.theme.replaceAll('_', ' ')}</th>
                  <td>
                    {formatShare(t.competitorShare)} <small className="hint">({t.competitorPraised})</small>
                  </td>
                  <td>
                    {formatShare(t.ourShare)} <small className="hint">({t.ourPraised})</small>
                  </td>
                  <td>{formatShare(t.ourComplaintShare)}</td>
                  <td>{t.isGap ? 'Praised there, not here' : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="hint">
        Read from {formatCount(data.competitorReviewsRead)} competitor reviews in the period and up to 200 of
        ours, with the same theme reader. Google Places shows at most five reviews per place.
      </p>
    </section>
  );
}
