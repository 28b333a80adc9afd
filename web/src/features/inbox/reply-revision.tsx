import { replyLengthFor } from '@rebound/shared';
import { checkReply, hasBlocking } from '@rebound/shared/tone-check/index';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { messageOf } from '../../shared/api/errors.ts';
import { useTRPC } from '../../shared/api/trpc.ts';
import { useCan } from '../../shared/auth/use-can.ts';
import { ConfirmButton } from '../../shared/ui/confirm-dialog.tsx';
import { FindingsList } from './findings-preview.tsx';
import { ReplyLength } from './reply-length.tsx';

type Reply = { id: string; text: string; state: string; sourceKind?: string | null };

const REVISABLE = new Set(['approved', 'manual', 'failed', 'posted']);
const platformNote = {
  deleted: 'Withdrawn and removed from the platform.',
  remove_by_hand: 'Withdrawn. This platform takes no changes from Rebound: remove the reply there yourself.',
  never_posted: 'Withdrawn before it was posted.',
} as const;

/** After the undo window: change an approved reply (checked and approved again) or take it back. */
export function ReplyRevision({ reply }: { reply: Reply }) {
  const trpc = useTRPC();
  const canRevise = useCan('replies.revise');
  const queryClient = useQueryClient();
  const [text, setText] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.reviews.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.replies.pathKey() }),
    ]);
  const revise = useMutation(
    trpc.replies.revise.mutationOptions({
      onSuccess: async () => {
        setText(null);
        await refresh();
      },
    }),
  );
  const withdraw = useMutation(trpc.replies.withdraw.mutationOptions({ onSuccess: refresh }));
  const withdrawnNote = withdraw.data ? (
    <p role="status">{platformNote[withdraw.data.platformCopy]}</p>
  ) : null;
  // Once withdrawn the reply can no longer be changed, but the owner still needs to read what happened on the platform.
  // Only owners change what is said publicly; others see no buttons they could not use.
  if (!REVISABLE.has(reply.state) || !canRevise) return withdrawnNote;
  const findings = text === null ? [] : checkReply(text);
  const needsReason = hasBlocking(findings) && !reason.trim();
  const isTooLong = text !== null && replyLengthFor(reply.sourceKind, text).isOver;
  const error = revise.error ?? withdraw.error;
  return (
    <div className="reply-revision">
      {text === null ? (
        <div className="button-row">
          <button type="button" onClick={() => setText(reply.text)}>
            Edit reply
          </button>
          <ConfirmButton
            label="Withdraw"
            className="danger"
            isDisabled={withdraw.isPending}
            title="Withdraw this reply?"
            confirmLabel="Yes, withdraw"
            cancelLabel="Keep it"
            onConfirm={() => withdraw.mutate({ replyId: reply.id })}
          >
            <p>
              Where the platform allows it, Rebound removes it there too; the text goes back to the inbox as a
              draft.
            </p>
          </ConfirmButton>
        </div>
      ) : (
        <div className="field">
          <label htmlFor={`revise-${reply.id}`}>New text of the reply</label>
          <textarea
            id={`revise-${reply.id}`}
            value={text}
            rows={6}
            onChange={(e) => setText(e.target.value)}
          />
          <ReplyLength id={`revise-length-${reply.id}`} sourceKind={reply.sourceKind} text={text} />
          <FindingsList id={`revise-findings-${reply.id}`} findings={findings} />
          {hasBlocking(findings) ? (
            <>
              <label htmlFor={`revise-reason-${reply.id}`}>
                Reason to approve despite the blocking finding
              </label>
              <input
                id={`revise-reason-${reply.id}`}
                value={reason}
                onChange={(e) => setReason(e.target.value)}
              />
            </>
          ) : null}
          <div className="button-row">
            <button
              type="button"
              className="primary"
              disabled={revise.isPending || needsReason || isTooLong || text.trim() === reply.text.trim()}
              onClick={() =>
                revise.mutate({ replyId: reply.id, text, overrideReason: reason.trim() || undefined })
              }
            >
              Approve the new text
            </button>
            <button type="button" onClick={() => setText(null)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {withdrawnNote}
      {error ? (
        <p className="error" role="alert">
          {messageOf(error)}
        </p>
      ) : null}
    </div>
  );
}
