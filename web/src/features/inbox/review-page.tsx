import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../shared/api/trpc.ts';
import { formatDate, stars } from '../../shared/ui/format.ts';
import { AuditTable } from './audit-table.tsx';
import { ReplyActions } from './reply-actions.tsx';
import { SituationPanel } from './situation-panel.tsx';
import './inbox.css';

export function ReviewPage({ reviewId }: { reviewId: string }) {
  const trpc = useTRPC();
  const q = useQuery(trpc.reviews.get.queryOptions({ reviewId }));
  if (q.isPending) return <p className="loading">Loading…</p>;
  if (q.isError)
    return (
      <p className="error" role="alert">
        {q.error.message}
      </p>
    );
  const { review, versions, drafts, replies, audit } = q.data;
  return (
    <article className="review-page">
      <h1>{review.title ?? 'Review'}</h1>
      <p>
        <span className="stars">{stars(review.rating)}</span> by {review.author ?? 'Anonymous'} ·{' '}
        {review.sourceName} · {formatDate(review.publishedAt)} · {review.label}
        {review.status === 'removed' ? ' · removed from the platform' : ''}
      </p>
      <blockquote className="review-text">{review.text}</blockquote>
      <SituationPanel situation={review.situation} />
      {versions.length ? (
        <section>
          <h2>Earlier versions</h2>
          <ol>
            {versions.map((v) => (
              <li key={v.version}>
                <p>
                  Version {v.version} · {stars(v.rating)} · captured {formatDate(v.capturedAt)}
                </p>
                <blockquote className="review-text">{v.text}</blockquote>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      <section>
        <h2>Replies</h2>
        {replies.length ? (
          <ul>
            {replies.map((r) => (
              <li key={r.id}>
                <strong>{r.state}</strong> · approved {formatDate(r.approvedAt)}
                {r.postedAt ? ` · posted ${formatDate(r.postedAt)}` : ''}
                {r.platformState ? (
                  <span data-testid="platform-state">
                    {' · '}
                    {r.platformState === 'PUBLISHED'
                      ? 'shown on the App Store'
                      : 'waiting for Apple to show it'}
                  </span>
                ) : null}
                {r.postedUrl ? (
                  <>
                    {' · '}
                    <a href={r.postedUrl} rel="noreferrer noopener" target="_blank">
                      on the platform
                    </a>
                  </>
                ) : null}
                <blockquote className="review-text">{r.text}</blockquote>
                <ReplyActions reply={{ ...r, sourceKind: review.sourceKind }} />
              </li>
            ))}
          </ul>
        ) : (
          <p>No approved reply yet.</p>
        )}
        <h3>Drafts</h3>
        <ul>
          {drafts.map((d) => (
            <li key={d.id}>
              {d.status} · {d.origin} · {formatDate(d.updatedAt)}
            </li>
          ))}
        </ul>
      </section>
      <AuditTable audit={audit} />
    </article>
  );
}
