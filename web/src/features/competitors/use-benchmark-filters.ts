import type { BenchmarkInput } from '@rebound/shared/schemas/competitors';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'wouter';

const isId = (v: string | null): v is string => !!v && /^[0-9a-f-]{36}$/i.test(v);
export const periodChoices = [28, 91, 182, 364] as const;

function dayBefore(days: number): string {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

/** The benchmark's period (?days=) and location (?location=) live in the URL, like the dashboard's filters. */
export function useBenchmarkFilters() {
  const [params, setParams] = useSearchParams();
  const days = Number(params.get('days'));
  const period = (periodChoices as readonly number[]).includes(days) ? days : 91;
  const location = params.get('location');
  const filter = useMemo(
    (): BenchmarkInput => ({
      from: dayBefore(period - 1),
      to: dayBefore(0),
      ...(isId(location) ? { locationId: location } : {}),
    }),
    [period, location],
  );
  const update = useCallback(
    (patch: Partial<Record<'days' | 'location', string | null>>) =>
      setParams((prev) => {
        const next = new URLSearchParams(prev);
        for (const [k, v] of Object.entries(patch)) {
          if (v) next.set(k, v);
          else next.delete(k);
        }
        return next;
      }),
    [setParams],
  );
  return { filter, period, update };
}
