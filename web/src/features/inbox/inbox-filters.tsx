import { reviewLabels } from '@rebound/shared';
import type { InboxFilters } from './use-inbox-filters.ts';

export type FacetItem = {
  sourceId: string;
  sourceName: string;
  locationId: string | null;
  locationName: string | null;
  themes: string[];
};

/** Filter choices come from what is waiting in the inbox, so every option leads somewhere. */
export function InboxFilterBar({
  items,
  filters,
  onChange,
}: {
  items: FacetItem[];
  filters: InboxFilters;
  onChange(next: InboxFilters): void;
}) {
  const sourcesById = new Map(items.map((i) => [i.sourceId, i.sourceName]));
  const locationsById = new Map(
    items.filter((i) => i.locationId).map((i) => [i.locationId ?? '', i.locationName ?? 'Unnamed location']),
  );
  const themes = [...new Set(items.flatMap((i) => i.themes))].sort();
  const set = (key: keyof InboxFilters, value: string) => onChange({ ...filters, [key]: value || undefined });
  return (
    <form className="inbox-filters" aria-label="Filter the inbox" onSubmit={(e) => e.preventDefault()}>
      <label>
        Location
        <select value={filters.locationId ?? ''} onChange={(e) => set('locationId', e.target.value)}>
          <option value="">All</option>
          {[...locationsById].map(([id, name]) => (
            <option key={id} value={id}>
              {name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Source
        <select value={filters.sourceId ?? ''} onChange={(e) => set('sourceId', e.target.value)}>
          <option value="">All</option>
          {[...sourcesById].map(([id, name]) => (
            <option key={id} value={id}>
              {name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Label
        <select value={filters.label ?? ''} onChange={(e) => set('label', e.target.value)}>
          <option value="">All</option>
          {reviewLabels.map((l) => (
            <option key={l} value={l}>
              {l}
            </option>
          ))}
        </select>
      </label>
      <label>
        Theme
        <select value={filters.theme ?? ''} onChange={(e) => set('theme', e.target.value)}>
          <option value="">All</option>
          {[...new Set([...themes, ...(filters.theme ? [filters.theme] : [])])].map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
      </label>
      {Object.values(filters).some(Boolean) ? (
        <button type="button" className="link-button" onClick={() => onChange({})}>
          Clear filters
        </button>
      ) : null}
    </form>
  );
}
