import type { TrendsFilterInput } from '@rebound/shared';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'wouter';

const isDay = (v: string | null): v is string =>
  !!v && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v));
const isId = (v: string | null): v is string => !!v && /^[0-9a-f-]{36}$/i.test(v);

export const todayUtc = () => new Date().toISOString().slice(0, 10);
export function daysAgo(n: number, from = todayUtc()): string {
  const d = new Date(`${from}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - n);
  return d.toISOString().slice(0, 10);
}

/** The dashboard's filters live in the URL (?from=&to=&location=&source=) so a view can be shared and reloaded. */
export function useDashboardFilters() {
  const [params, setParams] = useSearchParams();
  const filter = useMemo((): TrendsFilterInput => {
    const to = isDay(params.get('to')) ? (params.get('to') as string) : todayUtc();
    const fromRaw = params.get('from');
    const from = isDay(fromRaw) && fromRaw <= to ? fromRaw : daysAgo(89, to);
    const location = params.get('location');
    const source = params.get('source');
    return {
      from,
      to,
      ...(isId(location) ? { locationId: location } : {}),
      ...(isId(source) ? { sourceId: source } : {}),
    };
  }, [params]);
  const update = useCallback(
    (patch: Partial<Record<'from' | 'to' | 'location' | 'source', string | null>>) => {
      setParams((prev) => {
        const next = new URLSearchParams(prev);
        for (const [k, v] of Object.entries(patch)) {
          if (v) next.set(k, v);
          else next.delete(k);
        }
        return next;
      });
    },
    [setParams],
  );
  return { filter, update };
}
