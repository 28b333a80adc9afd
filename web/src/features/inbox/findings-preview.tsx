import type { Finding } from '@rebound/shared/tone-check/index';

/** Each finding with its suggestion; "show" selects the words in the editor so the owner can rewrite them. */
export function FindingsList({
  id,
  findings,
  onShow,
}: {
  id?: string;
  findings: Finding[];
  onShow?(f: Finding): void;
}) {
  if (!findings.length) {
    return (
      <p id={id} className="ok-note" aria-live="polite">
        No tone or safety concerns found.
      </p>
    );
  }
  return (
    <ul id={id} className="findings" aria-live="polite" aria-label="Tone and safety findings">
      {findings.map((f) => (
        <li key={`${f.rule}-${f.span.start}-${f.span.end}`} className={f.severity} data-rule={f.rule}>
          <strong>{f.severity === 'blocking' ? 'Blocking' : 'Advice'}:</strong> {f.message}{' '}
          <em>{f.suggestion}</em>
          {onShow && f.span.end > f.span.start ? (
            <button type="button" className="link-button" onClick={() => onShow(f)}>
              Show in text
            </button>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
