import type { Finding } from '@rebound/shared/tone-check/index';

/** The draft with each finding's span marked in place, and the suggestion on hover and for screen readers. */
export function FindingsPreview({ text, findings }: { text: string; findings: Finding[] }) {
  const sorted = [...findings].filter((f) => f.span.end > f.span.start).sort((a, b) => a.span.start - b.span.start);
  const parts: { text: string; finding: Finding | null }[] = [];
  let at = 0;
  for (const f of sorted) {
    if (f.span.start < at) continue;
    if (f.span.start > at) parts.push({ text: text.slice(at, f.span.start), finding: null });
    parts.push({ text: text.slice(f.span.start, f.span.end), finding: f });
    at = f.span.end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), finding: null });
  return (
    <div className="findings-preview" aria-label="Draft with highlighted findings">
      {parts.map((p, i) =>
        p.finding ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts are positional slices of one text
          <mark key={i} className={`finding ${p.finding.severity}`} title={`${p.finding.message} — ${p.finding.suggestion}`} data-rule={p.finding.rule}>
            {p.text}
          </mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts are positional slices of one text
          <span key={i}>{p.text}</span>
        ),
      )}
    </div>
  );
}

export function FindingsList({ findings }: { findings: Finding[] }) {
  if (!findings.length) return <p className="ok-note">No tone or safety concerns found.</p>;
  return (
    <ul className="findings" aria-live="polite" aria-label="Tone and safety findings">
      {findings.map((f) => (
        <li key={`${f.rule}-${f.span.start}-${f.span.end}`} className={f.severity} data-rule={f.rule}>
          <strong>{f.severity === 'blocking' ? 'Blocking' : 'Advice'}:</strong> {f.message} <em>{f.suggestion}</em>
        </li>
      ))}
    </ul>
  );
}
