export const formatRating = (v: number | null | undefined) => (v == null ? '—' : v.toFixed(2));
export const formatPercent = (v: number | null | undefined) =>
  v == null ? '—' : `${Math.round(v * 1000) / 10}%`;
export const formatCount = (v: number) => v.toLocaleString();

/** Minutes as the unit a person would say: "45 min", "22 h", "3.5 days". */
export function formatMinutes(v: number | null | undefined): string {
  if (v == null) return '—';
  if (v < 90) return `${Math.round(v)} min`;
  if (v < 48 * 60) return `${Math.round((v / 60) * 10) / 10} h`;
  return `${Math.round((v / 1440) * 10) / 10} days`;
}

/** The change against the previous period, signed, or nothing when either side is missing. */
export function formatDelta(now: number | null, before: number | null, digits = 2): string {
  if (now == null || before == null) return '';
  const d = now - before;
  if (Math.abs(d) < 10 ** -digits / 2) return 'no change';
  return `${d > 0 ? '+' : '−'}${Math.abs(d).toFixed(digits)} vs previous period`;
}
