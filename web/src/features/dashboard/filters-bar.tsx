import type { TrendsFilterInput } from '@rebound/shared';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTRPC } from '../../shared/api/trpc.ts';
import { daysAgo, todayUtc } from './use-dashboard-filters.ts';

type Props = {
  filter: TrendsFilterInput;
  update: (patch: Partial<Record<'from' | 'to' | 'location' | 'source', string | null>>) => void;
};

const presets = [
  { label: '30 days', days: 30 },
  { label: '90 days', days: 90 },
  { label: '1 year', days: 365 },
];

/** Period, location and source; every change lands in the URL. */
export function FiltersBar({ filter, update }: Props) {
  const trpc = useTRPC();
  const options = useQuery(trpc.trends.filters.queryOptions());
  const id = useId();
  const sources = (options.data?.sources ?? []).filter(
    (s) => !filter.locationId || s.locationId === filter.locationId,
  );
  return (
    <form className="dash-filters" aria-label="Dashboard filters" onSubmit={(e) => e.preventDefault()}>
      <div className="field">
        <label htmlFor={`${id}-from`}>From</label>
        <input
          id={`${id}-from`}
          type="date"
          value={filter.from}
          max={filter.to}
          onChange={(e) => update({ from: e.target.value || null })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-to`}>To</label>
        <input
          id={`${id}-to`}
          type="date"
          value={filter.to}
          min={filter.from}
          onChange={(e) => update({ to: e.target.value || null })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-location`}>Location</label>
        <select
          id={`${id}-location`}
          value={filter.locationId ?? ''}
          onChange={(e) => update({ location: e.target.value || null, source: null })}
        >
          <option value="">All locations</option>
          {(options.data?.locations ?? []).map((l) => (
            <option key={l.id} value={l.id}>
              {l.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-source`}>Source</label>
        <select
          id={`${id}-source`}
          value={filter.sourceId ?? ''}
          onChange={(e) => update({ source: e.target.value || null })}
        >
          <option value="">All sources</option>
          {sources.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="presets">
        <legend className="visually-hidden">Quick periods</legend>
        {presets.map((p) => (
          <button
            key={p.label}
            type="button"
            onClick={() => update({ from: daysAgo(p.days - 1), to: todayUtc() })}
          >
            Last {p.label}
          </button>
        ))}
      </fieldset>
    </form>
  );
}
