export const formatRating = (v: number | null | undefined) => (v == null ? '—' : v.toFixed(2));
export const formatShare = (v: number | null | undefined) =>
  v == null ? '—' : `${Math.round(v * 1000) / 10}%`;
export const formatCount = (v: number | null | undefined) => (v == null ? '—' : v.toLocaleString());
