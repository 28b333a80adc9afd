import { caseStageLabels, caseTransitions } from '@rebound/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'wouter';
import { messageOf } from '../../shared/api/errors.ts';
import { useTRPC } from '../../shared/api/trpc.ts';
import { formatDate, stars } from '../../shared/ui/format.ts';
import { FeedbackPanel } from './feedback-panel.tsx';
import { LetterPanel } from './letter-panel.tsx';
import { LogEntryForm } from './log-entry-form.tsx';
import { RemediesPanel } from './remedies-panel.tsx';
import { TasksPanel } from './tasks-panel.tsx';
import './cases.css';

/** One case: where it stands, what was said and promised, what was offered, and the letters. */
export function CasePage({ caseId }: { caseId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const q = useQuery(trpc.cases.get.queryOptions({ caseId }));
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.cases.pathKey() });
  const [to, setTo] = useState('');
  const [note, setNote] = useState('');
  const move = useMutation(
    trpc.cases.move.mutationOptions({
      onSuccess: async () => {
        setTo('');
        setNote('');
        await refresh();
      },
    }),
  );
  if (q.isPending) return <p className="loading">Loading the case…</p>;
  if (q.isError)
    return (
      <p className="error" role="alert">
        {q.error.message}
      </p>
    );
  const { case: c, events, tasks, remedies, review, feedback } = q.data;
  if (!c) return <p>Case not found.</p>;
  const next = caseTransitions[c.stage];
  return (
    <article className="case-page">
      <p>
        <Link href="/cases">← All cases</Link>
      </p>
      <h1>{c.title}</h1>
      <p>
        <span className={`stage stage-${c.stage}`}>{caseStageLabels[c.stage]}</span> · opened{' '}
        {formatDate(c.openedAt)} · stage since {formatDate(c.stageChangedAt)}
        {c.recoveredAt ? (
          <strong className="recovered"> · reviewer came back {formatDate(c.recoveredAt)}</strong>
        ) : null}
      </p>
      {review ? (
        <section className="panel" aria-label="The review">
          <p>
            <span className="stars">{stars(review.rating)}</span> by {review.author ?? 'Anonymous'} ·{' '}
            <Link href={`/reviews/${review.id}`}>review, reply and audit</Link>
          </p>
          <blockquote className="review-text">{review.text}</blockquote>
        </section>
      ) : null}
      {feedback ? (
        <FeedbackPanel caseId={caseId} feedback={feedback} onLogged={() => void refresh()} />
      ) : null}
      <div className="case-grid">
        <div>
          <section className="panel" aria-labelledby="move-h">
            <h2 id="move-h">Move the case</h2>
            {next.length ? (
              <form
                className="inline-form"
                onSubmit={(e) => {
                  e.preventDefault();
                  const target = next.find((s) => s === to);
                  if (target) move.mutate({ caseId, to: target, note: note.trim() || undefined });
                }}
              >
                <div className="field">
                  <label htmlFor="move-to">Next stage</label>
                  <select id="move-to" value={to} onChange={(e) => setTo(e.target.value)} required>
                    <option value="">Choose…</option>
                    {next.map((s) => (
                      <option key={s} value={s}>
                        {caseStageLabels[s]}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="field">
                  <label htmlFor="move-note">Note (optional)</label>
                  <input id="move-note" value={note} onChange={(e) => setNote(e.target.value)} />
                </div>
                <button type="submit" className="primary" disabled={!to || move.isPending}>
                  Move
                </button>
                {move.error ? (
                  <p className="error" role="alert">
                    {messageOf(move.error)}
                  </p>
                ) : null}
              </form>
            ) : (
              <p>This case is closed.</p>
            )}
          </section>
          <section className="panel" aria-labelledby="timeline-h">
            <h2 id="timeline-h">Timeline</h2>
            <ol className="timeline">
              {events.map((e) => (
                <li key={e.id} className={e.kind === 'stage' ? 'stage-move' : e.kind}>
                  <span className="when">
                    {new Date(e.at).toLocaleString()} · {e.actorLabel}
                  </span>
                  <div>
                    <strong>
                      {e.kind === 'stage' && e.fromStage && e.toStage
                        ? `${caseStageLabels[e.fromStage]} → ${caseStageLabels[e.toStage]}`
                        : e.kind}
                    </strong>
                  </div>
                  {e.summary ? <p className="summary">{e.summary}</p> : null}
                </li>
              ))}
            </ol>
            <LogEntryForm caseId={caseId} onLogged={refresh} />
          </section>
        </div>
        <div>
          <TasksPanel caseId={caseId} tasks={tasks} onChange={refresh} />
          <RemediesPanel caseId={caseId} remedies={remedies} onChange={refresh} />
          <LetterPanel caseId={caseId} onLogged={refresh} defaultRecipient={review?.author ?? ''} />
        </div>
      </div>
    </article>
  );
}
