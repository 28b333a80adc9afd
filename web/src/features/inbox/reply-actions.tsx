import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { messageOf } from '../../shared/api/errors.ts';
import { useTRPC } from '../../shared/api/trpc.ts';
import { ReplyRevision } from './reply-revision.tsx';

type Reply = {
  id: string;
  text: string;
  state: string;
  lastError: string | null;
  /** End of the undo window; until then the inbox's Undo is the way back, not an edit. */
  releaseAt?: string | Date;
  /** The review's source: its platform's length limit applies to an edit. */
  sourceKind?: string | null;
};

/** For platforms without a reply API: copy the approved text, paste it there, then say it is posted. */
export function ReplyActions({ reply }: { reply: Reply }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [url, setUrl] = useState('');
  const [copied, setCopied] = useState(false);
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.reviews.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.replies.pathKey() }),
    ]);
  const mark = useMutation(trpc.replies.markPosted.mutationOptions({ onSuccess: refresh }));
  const retry = useMutation(trpc.replies.retryPost.mutationOptions({ onSuccess: refresh }));
  const isHeld = reply.releaseAt !== undefined && new Date(reply.releaseAt).getTime() > Date.now();
  if (isHeld) return <p className="hint">In its undo window: it is released to be posted in a moment.</p>;
  const revision = <ReplyRevision reply={reply} />;
  if (reply.state !== 'manual' && reply.state !== 'failed') return revision;
  const error = mark.error ?? retry.error;
  return (
    <div className="reply-actions">
      {reply.state === 'failed' ? (
        <p className="error">Posting failed: {reply.lastError ?? 'unknown reason'}</p>
      ) : null}
      <button
        type="button"
        onClick={async () => {
          await navigator.clipboard?.writeText(reply.text).catch(() => {});
          setCopied(true);
        }}
      >
        Copy reply
      </button>
      {copied ? <span role="status">Copied. Paste it on the platform, then mark it as posted.</span> : null}
      <div className="field">
        <label htmlFor={`url-${reply.id}`}>Address of the posted reply (optional)</label>
        <input
          id={`url-${reply.id}`}
          type="url"
          value={url}
          onChange={(e) => setUrl(e.target.value)}
          placeholder="https://"
        />
      </div>
      <button
        type="button"
        className="primary"
        disabled={mark.isPending}
        onClick={() => mark.mutate({ replyId: reply.id, url: url.trim() || undefined })}
      >
        Mark as posted
      </button>
      {reply.state === 'failed' ? (
        <button type="button" disabled={retry.isPending} onClick={() => retry.mutate({ replyId: reply.id })}>
          Retry posting
        </button>
      ) : null}
      {error ? (
        <p className="error" role="alert">
          {messageOf(error)}
        </p>
      ) : null}
      {revision}
    </div>
  );
}
