import { useEffect, useState } from 'react';
import { ConfirmDialog } from '../../shared/ui/confirm-dialog.tsx';
import { useNavigationBlocker } from '../../shared/ui/navigation-guard.tsx';

/** A reload or a closed tab would lose the edit: only the browser can ask there. */
function useWarnBeforeUnload(isDirty: boolean) {
  useEffect(() => {
    if (!isDirty) return;
    const warn = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [isDirty]);
}

/**
 * Asks before an edit in progress is lost: on switching review, on leaving the page inside the app, on replacing
 * the text. `askFirst(then)` runs `then` at once when nothing is unsaved, otherwise only once the owner chooses
 * to discard; keeping on editing changes nothing. `dialog` is the question, to render with the editor.
 */
export function useUnsavedEditGuard(isDirty: boolean) {
  const [pending, setPending] = useState<{ proceed(): void } | null>(null);
  const navigation = useNavigationBlocker(isDirty);
  useWarnBeforeUnload(isDirty);
  const askFirst = (then: () => void) => {
    if (isDirty) setPending({ proceed: then });
    else then();
  };
  const proceed = pending?.proceed ?? navigation.held;
  const dialog = (
    <ConfirmDialog
      isOpen={proceed !== null}
      onOpenChange={(isOpen) => {
        if (isOpen) return;
        setPending(null);
        navigation.release();
      }}
      title="Discard your unsaved edits?"
      cancelLabel="Keep editing"
      confirmLabel="Discard changes"
      onConfirm={() => proceed?.()}
    >
      <p>Your edits to this reply are not saved. If you go on, they will be lost.</p>
    </ConfirmDialog>
  );
  return { askFirst, dialog };
}
