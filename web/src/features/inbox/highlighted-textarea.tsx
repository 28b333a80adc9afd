import type { Finding } from '@rebound/shared/tone-check/index';
import { forwardRef, useRef } from 'react';

type Props = {
  id: string;
  value: string;
  findings: Finding[];
  readOnly: boolean;
  describedBy?: string;
  onChange(value: string): void;
  onEscape?(): void;
};

/** Splits the text into plain runs and marked runs, one mark per finding (overlaps keep the first). */
export function markRuns(text: string, findings: Finding[]) {
  const sorted = [...findings]
    .filter((f) => f.span.end > f.span.start)
    .sort((a, b) => a.span.start - b.span.start);
  const runs: { text: string; finding: Finding | null; start: number }[] = [];
  let at = 0;
  for (const f of sorted) {
    if (f.span.start < at) continue;
    if (f.span.start > at) runs.push({ text: text.slice(at, f.span.start), finding: null, start: at });
    runs.push({ text: text.slice(f.span.start, f.span.end), finding: f, start: f.span.start });
    at = f.span.end;
  }
  if (at < text.length) runs.push({ text: text.slice(at), finding: null, start: at });
  return runs;
}

/**
 * A textarea with the findings painted behind the very words they are about: a backdrop with the same font,
 * padding and wrapping carries the marks, the textarea on top stays a plain, accessible text field.
 */
export const HighlightedTextarea = forwardRef<HTMLTextAreaElement, Props>(function HighlightedTextarea(
  { id, value, findings, readOnly, describedBy, onChange, onEscape },
  ref,
) {
  const backdrop = useRef<HTMLDivElement>(null);
  const runs = markRuns(value, findings);
  return (
    <div className="highlight-wrap">
      <div className="highlight-backdrop" ref={backdrop} aria-hidden="true">
        {runs.map((r) =>
          r.finding ? (
            <mark key={`m${r.start}`} className={`finding ${r.finding.severity}`} data-rule={r.finding.rule}>
              {r.text}
            </mark>
          ) : (
            <span key={`t${r.start}`}>{r.text}</span>
          ),
        )}
        {/* A trailing newline in a textarea takes a line; the backdrop needs the same to stay aligned. */}
        {value.endsWith('\n') ? ' ' : null}
      </div>
      <textarea
        id={id}
        ref={ref}
        value={value}
        rows={10}
        readOnly={readOnly}
        spellCheck
        aria-describedby={describedBy}
        onChange={(e) => onChange(e.target.value)}
        onScroll={(e) => {
          if (backdrop.current) backdrop.current.scrollTop = e.currentTarget.scrollTop;
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') onEscape?.();
        }}
      />
    </div>
  );
});
