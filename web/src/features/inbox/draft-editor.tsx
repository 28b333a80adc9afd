import { replyLengthFor } from '@rebound/shared';
import { checkReply, type Finding, hasBlocking } from '@rebound/shared/tone-check/index';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { forwardRef, useEffect, useImperativeHandle, useMemo, useRef, useState } from 'react';
import { Input, Label, TextField } from 'react-aria-components';
import { fieldErrorsOf, messageOf } from '../../shared/api/errors.ts';
import { useTRPC } from '../../shared/api/trpc.ts';
import { ConfirmDialog } from '../../shared/ui/confirm-dialog.tsx';
import { AlternativesPanel } from './alternatives-panel.tsx';
import { FindingsList } from './findings-preview.tsx';
import { HighlightedTextarea } from './highlighted-textarea.tsx';
import { ReplyLength } from './reply-length.tsx';
import { useUnsavedEditGuard } from './unsaved-edit-guard.tsx';

export type DraftItem = {
  draftId: string;
  reviewId: string;
  text: string;
  draftText: string;
  translateBeforePosting: boolean;
  /** The review's stars: a reward offered under a 4–5 star review gets advice. */
  rating?: number | null;
  /** Where the text came from ("drafted by the LLM", "composer (…)"); none for the owner's own words. */
  draftOriginNote?: string | null;
  /** 'sent_back' when the owner asked for another pass; the note says what should change. */
  draftStatus?: string;
  decisionNote?: string | null;
  /** The review's source: its platform decides the reply's length limit. */
  sourceKind?: string | null;
};

export type DraftEditorHandle = {
  focusText(): void;
  approve(): void;
  reject(): void;
  /** Runs `then` at once, or, while the text has edits that are not saved, once the owner chooses to lose them. */
  askToLeave(then: () => void): void;
};

/** What the owner just decided, so the page can offer to take it back. */
export type Decision =
  | { kind: 'approved'; replyId: string | null; releaseAt: string | Date }
  | { kind: 'rejected'; draftId: string };

type Props = {
  item: DraftItem;
  canDecide: boolean;
  onDecided(decision?: Decision): void;
  onLeave?(): void;
  regulated?: boolean;
};

/**
 * The owner's editor: the tone and safety check runs on every keystroke and marks the words in place; approval
 * with a blocking finding stays disabled until a reason is given.
 */
export const DraftEditor = forwardRef<DraftEditorHandle, Props>(function DraftEditor(
  { item, canDecide, onDecided, onLeave, regulated },
  ref,
) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [text, setText] = useState(item.draftText);
  const [reason, setReason] = useState('');
  const [isSendingBack, setIsSendingBack] = useState(false);
  const [backNote, setBackNote] = useState('');
  const [showAlternatives, setShowAlternatives] = useState(false);
  const [isRejectOpen, setRejectOpen] = useState(false);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const reasonRef = useRef<HTMLInputElement>(null);
  const approveRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    setText(item.draftText);
    setReason('');
  }, [item.draftText]);
  const findings = useMemo(
    () => checkReply(text, { regulated, reviewText: item.text, rating: item.rating }),
    [text, regulated, item.text, item.rating],
  );
  const isBlocked = hasBlocking(findings);
  const isTooLong = replyLengthFor(item.sourceKind, text).isOver;
  const isDirty = text !== item.draftText;
  const needsReason = isBlocked && !reason.trim();
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.reviews.pathKey() });
  const decided = async (decision?: Decision) => {
    await refresh();
    onDecided(decision);
  };
  const save = useMutation(trpc.replies.edit.mutationOptions({ onSuccess: refresh }));
  const regenerate = useMutation(trpc.replies.regenerate.mutationOptions({ onSuccess: refresh }));
  const pick = useMutation(trpc.replies.pickAlternative.mutationOptions({ onSuccess: refresh }));
  const approve = useMutation(
    trpc.replies.approve.mutationOptions({
      onSuccess: (r) => decided({ kind: 'approved', replyId: r.replyId, releaseAt: r.releaseAt }),
    }),
  );
  const reject = useMutation(
    trpc.replies.reject.mutationOptions({
      onSuccess: (r, input) =>
        decided(r.status === 'rejected' ? { kind: 'rejected', draftId: input.draftId } : undefined),
    }),
  );
  const unsaved = useUnsavedEditGuard(isDirty);
  const doReject = () => setRejectOpen(true);
  const doSendBack = () => {
    reject.mutate(
      { draftId: item.draftId, sendBack: true, note: backNote.trim() || undefined },
      { onSuccess: () => setIsSendingBack(false) },
    );
  };
  const doRegenerate = () => unsaved.askFirst(() => regenerate.mutate({ draftId: item.draftId }));

  const doApprove = async () => {
    if (isTooLong) {
      textRef.current?.focus();
      return;
    }
    if (needsReason) {
      reasonRef.current?.focus();
      return;
    }
    if (isDirty) await save.mutateAsync({ draftId: item.draftId, text });
    approve.mutate({ draftId: item.draftId, overrideReason: reason.trim() || undefined });
  };
  useImperativeHandle(ref, () => ({
    focusText: () => textRef.current?.focus(),
    approve: () => void doApprove(),
    reject: doReject,
    askToLeave: unsaved.askFirst,
  }));
  const showFinding = (f: Finding) => {
    textRef.current?.focus();
    textRef.current?.setSelectionRange(f.span.start, f.span.end);
  };
  const error = save.error ?? approve.error ?? reject.error ?? regenerate.error ?? pick.error;
  const fieldErrors = fieldErrorsOf(error);
  const ids = {
    text: `draft-${item.draftId}`,
    findings: `findings-${item.draftId}`,
    blockedHint: `blocked-${item.draftId}`,
    length: `length-${item.draftId}`,
  };

  return (
    <section className="editor" aria-label="Reply draft">
      {item.translateBeforePosting ? (
        <p className="badge warn">Translate before posting: the review is not in English.</p>
      ) : null}
      {item.draftStatus === 'sent_back' ? (
        <p className="badge" data-testid="sent-back">
          Sent back for changes{item.decisionNote ? `: ${item.decisionNote}` : ''}
        </p>
      ) : null}
      <label htmlFor={ids.text}>Reply draft</label>
      {item.draftOriginNote ? (
        <p className="hint" data-testid="draft-origin">
          Source: {item.draftOriginNote}
        </p>
      ) : null}
      <HighlightedTextarea
        id={ids.text}
        ref={textRef}
        value={text}
        findings={findings}
        readOnly={!canDecide}
        describedBy={ids.findings}
        onChange={setText}
        onEscape={() => {
          textRef.current?.blur();
          onLeave?.();
        }}
      />
      <ReplyLength id={ids.length} sourceKind={item.sourceKind} text={text} />
      <FindingsList id={ids.findings} findings={findings} onShow={showFinding} />
      {canDecide ? (
        <div className="actions">
          {isBlocked ? (
            <div className="override">
              <TextField
                className="field"
                value={reason}
                onChange={setReason}
                aria-describedby={ids.blockedHint}
              >
                <Label>Reason to approve despite the blocking finding</Label>
                <Input ref={reasonRef} />
              </TextField>
              {needsReason ? (
                <small id={ids.blockedHint} className="hint blocked-hint">
                  Approval is blocked until you give a reason (it is kept in the audit log).
                </small>
              ) : null}
            </div>
          ) : null}
          <div className="button-row">
            <button
              type="button"
              className="primary"
              ref={approveRef}
              onClick={() => void doApprove()}
              disabled={needsReason || isTooLong || approve.isPending}
              aria-keyshortcuts="a"
              aria-describedby={isTooLong ? ids.length : needsReason ? ids.blockedHint : undefined}
            >
              Approve
            </button>
            <button
              type="button"
              onClick={() => save.mutate({ draftId: item.draftId, text })}
              disabled={!isDirty || save.isPending}
            >
              Save edit
            </button>
            <button type="button" onClick={doRegenerate} disabled={regenerate.isPending}>
              {regenerate.isPending ? 'Writing…' : 'Regenerate'}
            </button>
            <button
              type="button"
              aria-expanded={showAlternatives}
              onClick={() => setShowAlternatives((v) => !v)}
            >
              Alternatives
            </button>
            <button
              type="button"
              aria-expanded={isSendingBack}
              onClick={() => setIsSendingBack((v) => !v)}
              disabled={reject.isPending || item.draftStatus === 'sent_back'}
            >
              Send back
            </button>
            <button
              type="button"
              className="danger"
              onClick={doReject}
              disabled={reject.isPending}
              aria-keyshortcuts="r"
            >
              Reject
            </button>
          </div>
          {isSendingBack ? (
            <div className="send-back">
              <TextField className="field" value={backNote} onChange={setBackNote}>
                <Label>What should change before this reply is approved?</Label>
                <Input />
              </TextField>
              <button type="button" onClick={doSendBack} disabled={reject.isPending}>
                Send back with this note
              </button>
            </div>
          ) : null}
          <ConfirmDialog
            isOpen={isRejectOpen}
            onOpenChange={setRejectOpen}
            title="Reject this draft?"
            confirmLabel="Yes, reject"
            cancelLabel="Keep the draft"
            onConfirm={() => reject.mutate({ draftId: item.draftId, sendBack: false })}
          >
            <p>The review leaves the inbox without a reply; you can undo it for a moment.</p>
          </ConfirmDialog>
          {error ? (
            <p className="error" role="alert">
              {fieldErrors.overrideReason?.join(' ') ?? messageOf(error)}
            </p>
          ) : null}
          {showAlternatives ? (
            <AlternativesPanel
              draftId={item.draftId}
              onPick={(chosen) =>
                unsaved.askFirst(() => {
                  setText(chosen);
                  setShowAlternatives(false);
                  pick.mutate({ draftId: item.draftId, text: chosen });
                  textRef.current?.focus();
                })
              }
            />
          ) : null}
        </div>
      ) : (
        <p className="hint">Only an owner can approve or reject replies.</p>
      )}
      {unsaved.dialog}
    </section>
  );
});
