import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { useTRPC } from '../../shared/api/trpc.ts';

/** How much waits at each step from a new review to a posted reply, refreshed while replies move along. */
export function WaitingCounts() {
  const trpc = useTRPC();
  const q = useQuery({ ...trpc.replies.waiting.queryOptions(), refetchInterval: 10_000 });
  if (!q.data) return null;
  const c = q.data;
  return (
    <nav className="waiting-counts" aria-label="Waiting per state">
      <span>To review {c.toReview}</span> · <span>Sent back {c.sentBack}</span> ·{' '}
      <span>In undo window {c.inUndoWindow}</span> · <span>Being posted {c.queued}</span> ·{' '}
      <Link href="/to-post">To post by hand {c.toPost}</Link>
      {c.failed ? (
        <>
          {' '}
          · <span className="error">Posting failed {c.failed}</span>
        </>
      ) : null}
    </nav>
  );
}
