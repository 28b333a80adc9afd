import { type ReviewLabel, reviewLabels } from '@rebound/shared';
import { useSearchParams } from 'wouter';

export type InboxFilters = { locationId?: string; sourceId?: string; label?: ReviewLabel; theme?: string };

const keys = ['locationId', 'sourceId', 'label', 'theme'] as const;

/** The inbox filters live in the address bar, so a filtered view can be bookmarked and shared. */
export function useInboxFilters(): [InboxFilters, (next: InboxFilters) => void] {
  const [params, setParams] = useSearchParams();
  const filters: InboxFilters = {};
  for (const key of keys) {
    const value = params.get(key);
    if (!value) continue;
    if (key === 'label') {
      if ((reviewLabels as readonly string[]).includes(value)) filters.label = value as ReviewLabel;
    } else filters[key] = value;
  }
  const set = (next: InboxFilters) => {
    const out = new URLSearchParams();
    for (const key of keys) {
      const value = next[key];
      if (value) out.set(key, value);
    }
    setParams(out);
  };
  return [filters, set];
}
