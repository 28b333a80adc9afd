import { useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { messageOf } from '../../shared/api/errors.ts';
import { useTRPC } from '../../shared/api/trpc.ts';

type Finding = {
  rule: string;
  severity: 'blocking' | 'advice';
  message: string;
  span: { start: number; end: number };
};

function FindingList({ findings, text, label }: { findings: Finding[]; text: string; label: string }) {
  if (!findings.length) return <p className="ok-note">No findings.</p>;
  return (
    <ul className="findings" aria-label={label}>
      {findings.map((f) => (
        <li key={`${f.rule}-${f.span.start}`} className={f.severity} data-rule={f.rule}>
          <strong>{f.severity === 'blocking' ? 'Blocking' : 'Advice'}:</strong> {f.message}
          {f.span.end > f.span.start ? (
            <>
              {' '}
              <q>{text.slice(f.span.start, f.span.end)}</q>
            </>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** Drafts one chosen review through the LLM without saving anything, and shows the answer, its check and the decision. */
export function TryLlmPanel() {
  const trpc = useTRPC();
  const samples = useQuery(trpc.llm.sampleReviews.queryOptions());
  const [reviewId, setReviewId] = useState('');
  const attempt = useMutation(trpc.llm.tryOnReview.mutationOptions());
  const chosen = reviewId || samples.data?.[0]?.reviewId || '';
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (chosen) attempt.mutate({ reviewId: chosen });
  };
  const result = attempt.data;
  return (
    <form className="card" onSubmit={submit} aria-labelledby="try-llm-title">
      <h2 id="try-llm-title">Try it on one review</h2>
      <p>Nothing is saved or posted: this shows what drafting would do for the review you pick.</p>
      <div className="field">
        <label htmlFor="try-llm-review">Review to try</label>
        <select id="try-llm-review" value={chosen} onChange={(e) => setReviewId(e.target.value)}>
          {(samples.data ?? []).map((r) => (
            <option key={r.reviewId} value={r.reviewId}>
              {r.rating ?? '–'}★ {r.author ?? 'Anonymous'}: {r.excerpt}
            </option>
          ))}
        </select>
      </div>
      {samples.data && !samples.data.length ? <p>There are no reviews yet.</p> : null}
      <button type="submit" className="primary" disabled={!chosen || attempt.isPending}>
        {attempt.isPending ? 'Drafting…' : 'Draft this review'}
      </button>
      {attempt.error ? (
        <p className="error" role="alert">
          {messageOf(attempt.error)}
        </p>
      ) : null}
      {result ? (
        <section aria-label="Test result">
          <h3>Decision</h3>
          <p data-testid="llm-decision">
            <span className={result.decision === 'llm' ? 'badge' : 'badge warn'}>{result.sourceLabel}</span>
            {result.isEscalated ? ' · escalated review: a holding reply that admits nothing' : ''}
          </p>
          <h3>What the LLM wrote</h3>
          {result.llmAnswer ? (
            <p className="findings-preview" data-testid="llm-answer">
              {result.llmAnswer}
            </p>
          ) : (
            <p>No usable answer came back.</p>
          )}
          <h3>Check of the LLM answer</h3>
          {result.llmAnswer ? (
            <FindingList
              findings={result.llmFindings}
              text={result.llmAnswer}
              label="Findings on the LLM answer"
            />
          ) : (
            <p>Nothing to check.</p>
          )}
          <h3>Draft that would be used</h3>
          <p className="findings-preview" data-testid="llm-final-draft">
            {result.draft.text}
          </p>
        </section>
      ) : null}
    </form>
  );
}
