import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { messageOf } from '../../shared/api/errors.ts';
import { useTRPC } from '../../shared/api/trpc.ts';
import type { Decision } from './draft-editor.tsx';
import { UndoToast } from './undo-toast.tsx';

// A rejection can be brought back later too, but the toast only stays this long.
const REJECT_UNDO_MS = 15_000;

/** The Undo toast after an approval (for its undo window) or a rejection; `show` is called with the decision. */
export function useDecisionUndo() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [shown, setShown] = useState<{ decision: Decision; until: number } | null>(null);
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.reviews.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.replies.pathKey() }),
    ]);
  const close = useCallback(() => setShown(null), []);
  const undoApprove = useMutation(
    trpc.replies.undoApprove.mutationOptions({ onSuccess: () => refresh().then(close) }),
  );
  const undoReject = useMutation(
    trpc.replies.undoReject.mutationOptions({ onSuccess: () => refresh().then(close) }),
  );
  const show = useCallback(
    (decision: Decision | undefined) => {
      // Whatever the previous toast offered is now final; its waiting counts move on.
      void queryClient.invalidateQueries({ queryKey: trpc.replies.pathKey() });
      if (!decision) return;
      undoApprove.reset();
      undoReject.reset();
      const until =
        decision.kind === 'approved' ? new Date(decision.releaseAt).getTime() : Date.now() + REJECT_UNDO_MS;
      setShown({ decision, until });
    },
    [queryClient, trpc, undoApprove.reset, undoReject.reset],
  );
  const error = undoApprove.error ?? undoReject.error;
  const toast = shown ? (
    <UndoToast
      key={`${shown.until}`}
      message={shown.decision.kind === 'approved' ? 'Reply approved.' : 'Draft rejected.'}
      until={shown.until}
      isPending={undoApprove.isPending || undoReject.isPending}
      error={error ? messageOf(error) : null}
      onClose={close}
      onUndo={() => {
        const d = shown.decision;
        if (d.kind === 'rejected') undoReject.mutate({ draftId: d.draftId });
        else if (d.replyId) undoApprove.mutate({ replyId: d.replyId });
      }}
    />
  ) : null;
  return { toast, show };
}
