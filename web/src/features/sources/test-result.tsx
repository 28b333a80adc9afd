import type { NormalizedReview } from '@rebound/shared';
import { stars } from '../../shared/ui/format.ts';

/** The first reviews a test or preview found, as plain text. */
export function TestResult({ sample }: { sample: NormalizedReview[] }) {
  if (!sample.length) return null;
  return (
    <ol className="sample">
      {sample.map((r, i) => (
        <li key={r.externalId ?? i}>
          <span className="stars">{stars(r.rating)}</span> {r.author ?? 'Anonymous'}
          {r.title ? <strong> · {r.title}</strong> : null}
          <p>{r.text.length > 240 ? `${r.text.slice(0, 240)}…` : r.text}</p>
        </li>
      ))}
    </ol>
  );
}
