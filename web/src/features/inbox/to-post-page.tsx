import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { useTRPC } from '../../shared/api/trpc.ts';
import { useCan } from '../../shared/auth/use-can.ts';
import { formatAge, stars } from '../../shared/ui/format.ts';
import { ApprovalTimingForm } from './approval-timing-form.tsx';
import { ReplyActions } from './reply-actions.tsx';
import './inbox.css';

/** Replies approved for platforms Rebound cannot post to: open the review there, paste, and say it is done. */
export function ToPostPage() {
  const trpc = useTRPC();
  const canConfigureApproval = useCan('replies.configureApproval');
  const q = useQuery({ ...trpc.replies.toPost.queryOptions(), refetchInterval: 15_000 });
  if (q.isPending) return <p className="loading">Loading…</p>;
  if (q.isError)
    return (
      <p className="error" role="alert">
        {q.error.message}
      </p>
    );
  const { items, reminderHours } = q.data;
  return (
    <section className="to-post" aria-label="Replies to post by hand">
      <h1>
        To post <span className="count">{items.length}</span>
      </h1>
      <p className="hint">
        These platforms take no replies from Rebound. Open each review, paste the reply, then mark it as
        posted. Replies waiting more than {reminderHours} h are flagged.
      </p>
      {items.length ? null : <p role="status">Nothing waits to be posted by hand.</p>}
      <ol>
        {items.map((it) => (
          <li key={it.replyId} className={`to-post-item${it.isOverdue ? ' overdue' : ''}`}>
            <p>
              <span className="stars">{stars(it.rating)}</span> {it.author ?? 'Anonymous'} on {it.sourceName}
              {it.locationName ? ` · ${it.locationName}` : ''} · approved {formatAge(it.approvedAt)} ago
              {it.isOverdue ? <strong className="badge warn"> waiting too long</strong> : null}
            </p>
            {it.isRevision ? (
              <p className="badge warn">An edit: replace the reply already on the platform with this text.</p>
            ) : null}
            <blockquote className="review-text">{it.text}</blockquote>
            <p>
              {it.reviewUrl ? (
                <a href={it.reviewUrl} target="_blank" rel="noreferrer noopener">
                  Open the review on {it.sourceName}
                </a>
              ) : (
                <span className="hint">
                  This source gives no address for the review; find it on the platform.
                </span>
              )}
              {' · '}
              <Link href={`/reviews/${it.reviewId}`}>history and audit</Link>
            </p>
            <ReplyActions reply={{ id: it.replyId, text: it.text, state: 'manual', lastError: null }} />
          </li>
        ))}
      </ol>
      {canConfigureApproval ? <ApprovalTimingForm /> : null}
    </section>
  );
}

/** A line in the inbox while replies approved long ago still wait to be pasted on their platform. */
export function ToPostReminder() {
  const trpc = useTRPC();
  const q = useQuery(trpc.replies.toPost.queryOptions());
  const overdue = q.data?.overdueCount ?? 0;
  if (!overdue) return null;
  return (
    <p className="badge warn" role="status">
      {overdue} approved {overdue === 1 ? 'reply has' : 'replies have'} waited more than{' '}
      {q.data?.reminderHours} h to be posted by hand. <Link href="/to-post">Open To post</Link>
    </p>
  );
}
