import { checkReply, hasBlocking } from '@rebound/shared/tone-check/index';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { forwardRef, useEffect, useMemo, useState } from 'react';
import { fieldErrorsOf, messageOf } from '../../shared/api/errors.ts';
import { useTRPC } from '../../shared/api/trpc.ts';
import { FindingsList, FindingsPreview } from './findings-preview.tsx';

export type DraftItem = { draftId: string; reviewId: string; text: string; draftText: string; translateBeforePosting: boolean };

type Props = { item: DraftItem; canDecide: boolean; onDecided(): void; regulated?: boolean };

/** The owner's editor: the check runs on every keystroke; approval with a blocking finding asks for a reason. */
export const DraftEditor = forwardRef<HTMLTextAreaElement, Props>(function DraftEditor({ item, canDecide, onDecided, regulated }, ref) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [text, setText] = useState(item.draftText);
  const [reason, setReason] = useState('');
  useEffect(() => {
    setText(item.draftText);
    setReason('');
  }, [item.draftText]);
  const findings = useMemo(() => checkReply(text, { regulated, reviewText: item.text }), [text, regulated, item.text]);
  const isBlocked = hasBlocking(findings);
  const isDirty = text !== item.draftText;
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.reviews.pathKey() });
  const save = useMutation(trpc.replies.edit.mutationOptions({ onSuccess: refresh }));
  const approve = useMutation(trpc.replies.approve.mutationOptions({ onSuccess: async () => { await refresh(); onDecided(); } }));
  const reject = useMutation(trpc.replies.reject.mutationOptions({ onSuccess: async () => { await refresh(); onDecided(); } }));

  const doApprove = async () => {
    if (isDirty) await save.mutateAsync({ draftId: item.draftId, text });
    approve.mutate({ draftId: item.draftId, overrideReason: reason.trim() || undefined });
  };
  const error = save.error ?? approve.error ?? reject.error;
  const fieldErrors = fieldErrorsOf(error);
  const needsReason = isBlocked && !reason.trim();

  return (
    <section className="editor" aria-label="Reply draft">
      {item.translateBeforePosting ? <p className="badge warn">Translate before posting: the review is not in English.</p> : null}
      <label htmlFor={`draft-${item.draftId}`}>Reply draft</label>
      <textarea id={`draft-${item.draftId}`} ref={ref} value={text} onChange={(e) => setText(e.target.value)} rows={9} readOnly={!canDecide} />
      <FindingsPreview text={text} findings={findings} />
      <FindingsList findings={findings} />
      {canDecide ? (
        <div className="actions">
          {isBlocked ? (
            <div className="field">
              <label htmlFor={`reason-${item.draftId}`}>Reason to approve despite the blocking finding</label>
              <input id={`reason-${item.draftId}`} value={reason} onChange={(e) => setReason(e.target.value)} />
            </div>
          ) : null}
          <button type="button" onClick={() => save.mutate({ draftId: item.draftId, text })} disabled={!isDirty || save.isPending}>
            Save edit
          </button>
          <button type="button" className="primary" onClick={doApprove} disabled={needsReason || approve.isPending} aria-keyshortcuts="a">
            Approve
          </button>
          <button type="button" onClick={() => reject.mutate({ draftId: item.draftId, sendBack: true })} disabled={reject.isPending}>
            Send back
          </button>
          <button type="button" className="danger" onClick={() => reject.mutate({ draftId: item.draftId, sendBack: false })} disabled={reject.isPending} aria-keyshortcuts="r">
            Reject
          </button>
          {error ? (
            <p className="error" role="alert">
              {fieldErrors.overrideReason?.join(' ') ?? messageOf(error)}
            </p>
          ) : null}
          {approve.isSuccess ? <p role="status">Approved.</p> : null}
        </div>
      ) : (
        <p className="hint">Only an owner can approve or reject replies.</p>
      )}
    </section>
  );
});
