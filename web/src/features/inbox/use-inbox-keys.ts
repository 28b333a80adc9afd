import { useEffect } from 'react';

export type InboxKeyHandlers = {
  next(): void;
  previous(): void;
  approve(): void;
  edit(): void;
  reject(): void;
};

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** A key pressed in an open dialog answers the dialog, never the inbox behind it. */
function isInDialog(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('[role="dialog"], [role="alertdialog"]') !== null;
}

/** j/k move, a approves, e edits, r rejects; ignored while typing so shortcuts never eat a letter. */
export function useInboxKeys(handlers: InboxKeyHandlers) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.metaKey || e.ctrlKey || e.altKey) return;
      if (e.key === 'Escape' && e.target instanceof HTMLElement && isTyping(e.target)) {
        e.target.blur();
        return;
      }
      if (isTyping(e.target) || isInDialog(e.target)) return;
      const map: Record<string, (() => void) | undefined> = {
        j: handlers.next,
        ArrowDown: handlers.next,
        k: handlers.previous,
        ArrowUp: handlers.previous,
        a: handlers.approve,
        e: handlers.edit,
        r: handlers.reject,
      };
      const fn = map[e.key];
      if (fn) {
        e.preventDefault();
        fn();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [handlers]);
}
