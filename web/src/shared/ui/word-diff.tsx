import type { WordDiffPart } from '@rebound/shared/schemas/audit';
import './word-diff.css';

export type ReadableChange = { before: string; after: string; parts: WordDiffPart[] | null };

/** Each part keyed by where it starts in the before and after texts, which no two parts share. */
function keyed(parts: WordDiffPart[]) {
  let inBefore = 0;
  let inAfter = 0;
  return parts.map((part) => {
    const key = `${part.op}-${inBefore}-${inAfter}`;
    if (part.op !== 'added') inBefore += part.text.length;
    if (part.op !== 'removed') inAfter += part.text.length;
    return { ...part, key };
  });
}

/**
 * An edit shown as the reply reads after it, with removed words struck through and added words underlined, each
 * also named for screen readers; the full before and after texts stay one click away.
 */
export function WordDiff({ change }: { change: ReadableChange }) {
  return (
    <div className="word-diff">
      {change.parts ? (
        <p className="word-diff-text">
          {keyed(change.parts).map(({ key, op, text }) => {
            if (op === 'added') return <ins key={key}>{text}</ins>;
            if (op === 'removed') return <del key={key}>{text}</del>;
            return <span key={key}>{text}</span>;
          })}
        </p>
      ) : (
        <p className="hint">Too long to compare word by word; both versions are below.</p>
      )}
      <details>
        <summary>Before and after</summary>
        <p>
          <strong>Before:</strong> <span className="word-diff-before">{change.before}</span>
        </p>
        <p>
          <strong>After:</strong> <span className="word-diff-after">{change.after}</span>
        </p>
      </details>
    </div>
  );
}
