import { useId } from 'react';
import { AddCompetitorForm } from './add-competitor-form.tsx';
import { ThemesCard, TrendsCard, useBenchmark } from './benchmark-cards.tsx';
import { CompetitorList } from './competitor-list.tsx';
import { periodChoices, useBenchmarkFilters } from './use-benchmark-filters.ts';
import './competitors.css';

/** How our location compares with the competitors a manager chose: trends, negative share and praised themes. */
export function CompetitorsPage() {
  const { filter, period, update } = useBenchmarkFilters();
  const q = useBenchmark(filter);
  const locationFieldId = useId();
  const periodFieldId = useId();
  const locationId = q.data?.locationId ?? null;
  return (
    <div className="bench">
      <h1>Competitor benchmark</h1>
      <div className="bench-filters">
        <div className="field">
          <label htmlFor={locationFieldId}>Our location</label>
          <select
            id={locationFieldId}
            value={locationId ?? ''}
            onChange={(e) => update({ location: e.target.value || null })}
          >
            {(q.data?.locations ?? []).map((l) => (
              <option key={l.id} value={l.id}>
                {l.name} ({l.competitors} competitors)
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={periodFieldId}>Period</label>
          <select id={periodFieldId} value={period} onChange={(e) => update({ days: e.target.value })}>
            {periodChoices.map((d) => (
              <option key={d} value={d}>
                Last {d / 7} weeks
              </option>
            ))}
          </select>
        </div>
      </div>
      {q.isPending ? <p className="loading">Loading the benchmark…</p> : null}
      {q.isError ? <p className="error">The benchmark could not be loaded: {q.error.message}</p> : null}
      {q.data && !locationId ? (
        <p className="dash-empty">Add a location first: competitors are compared with one.</p>
      ) : null}
      {q.data && locationId ? (
        <div className="bench-grid">
          <TrendsCard data={q.data} />
          <ThemesCard data={q.data} />
          <CompetitorList locationId={locationId} />
          <AddCompetitorForm locationId={locationId} />
        </div>
      ) : null}
      <p className="hint">
        Competitors are read every few hours on a schedule of their own. Their reviews are only compared: they
        never reach the inbox, drafts or alerts, and are never replied to.
      </p>
    </div>
  );
}
