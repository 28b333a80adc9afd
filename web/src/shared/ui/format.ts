export function formatDate(value: string | Date | null | undefined): string {
  if (!value) return '—';
  const d = typeof value === 'string' ? new Date(value) : value;
  return Number.isNaN(d.getTime())
    ? '—'
    : d.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}

export function formatAge(value: string | Date | null | undefined, now = Date.now()): string {
  if (!value) return '';
  const ms = now - new Date(value).getTime();
  const h = Math.floor(ms / 3_600_000);
  if (h < 1) return 'under an hour';
  if (h < 48) return `${h} h`;
  return `${Math.floor(h / 24)} d`;
}

export function stars(rating: number | null | undefined): string {
  if (rating == null) return 'no rating';
  const r = Math.round(rating);
  return `${'★'.repeat(r)}${'☆'.repeat(Math.max(0, 5 - r))}`;
}
