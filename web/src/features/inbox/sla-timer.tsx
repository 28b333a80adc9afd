/**
 * How long a negative review has waited against the org's reply target, counted from when it was published (the
 * reviewer's wait, not ours); breached ones stand out.
 */
export function SlaTimer({
  since,
  slaHours,
  now = Date.now(),
}: {
  since: string | Date;
  slaHours: number;
  now?: number;
}) {
  const waitedH = (now - new Date(since).getTime()) / 3_600_000;
  const leftH = slaHours - waitedH;
  if (leftH <= 0) {
    return (
      <span className="sla breached" title={`Reply target: ${slaHours} h`}>
        Overdue by {formatHours(-leftH)}
      </span>
    );
  }
  return (
    <span className={`sla${leftH < slaHours / 4 ? ' soon' : ''}`} title={`Reply target: ${slaHours} h`}>
      Reply within {formatHours(leftH)}
    </span>
  );
}

function formatHours(h: number): string {
  if (h < 1) return `${Math.max(1, Math.round(h * 60))} min`;
  if (h < 48) return `${Math.floor(h)} h`;
  return `${Math.floor(h / 24)} d`;
}
