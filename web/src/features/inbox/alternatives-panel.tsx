import { hasBlocking } from '@rebound/shared/tone-check/index';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../shared/api/trpc.ts';

/** Other wordings for the same review; picking one puts it in the editor, nothing is approved by it. */
export function AlternativesPanel({ draftId, onPick }: { draftId: string; onPick(text: string): void }) {
  const trpc = useTRPC();
  const q = useQuery(trpc.replies.alternatives.queryOptions({ draftId }));
  if (q.isPending) return <p className="loading">Writing alternatives…</p>;
  if (q.isError)
    return (
      <p className="error" role="alert">
        {q.error.message}
      </p>
    );
  return (
    <section className="alternatives" aria-label="Alternative drafts">
      <h3>Alternative drafts</h3>
      <ol>
        {q.data.map((alt, i) => (
          <li key={alt.text}>
            <p className="alt-text">{alt.text}</p>
            <p className="hint">
              {alt.findings.length
                ? `${alt.findings.length} finding(s)${hasBlocking(alt.findings) ? ', one blocking' : ''}`
                : 'No findings'}
              {alt.promises.length ? ` · promises: ${alt.promises.map((p) => p.description).join('; ')}` : ''}
            </p>
            <button type="button" onClick={() => onPick(alt.text)}>
              Use alternative {i + 1}
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
