import { createContext, type ReactNode, useContext, useEffect, useState, useSyncExternalStore } from 'react';
import { type AroundNavHandler, Router } from 'wouter';

/** A way out of the page (an in-app navigation, signing out) held back until the person says whether to leave. */
export type HeldNavigation = () => void;

type NavigationGuard = {
  aroundNav: AroundNavHandler;
  askBeforeLeaving(leave: () => void): void;
  block(): () => void;
  subscribe(listener: () => void): () => void;
  held(): HeldNavigation | null;
  release(): void;
};

// Only a move to another page is held: a change of the query string (a filter) stays on the page that asked.
const leavesPage = (to: string) => new URL(to, window.location.href).pathname !== window.location.pathname;

function createNavigationGuard(): NavigationGuard {
  const listeners = new Set<() => void>();
  let blockers = 0;
  let held: HeldNavigation | null = null;
  const hold = (next: HeldNavigation | null) => {
    held = next;
    for (const listener of listeners) listener();
  };
  const askBeforeLeaving = (leave: () => void) => (blockers > 0 ? hold(leave) : leave());
  watchBackAndForward({ isBlocking: () => blockers > 0, hold });
  return {
    // The held navigation calls the router's own navigate, so going on later is not held a second time.
    aroundNav: (navigate, to, options) => {
      const go = () => navigate(to, options);
      if (leavesPage(to)) askBeforeLeaving(go);
      else go();
    },
    askBeforeLeaving,
    block() {
      blockers += 1;
      return () => {
        blockers -= 1;
        if (blockers === 0) hold(null);
      };
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    held: () => held,
    release: () => hold(null),
  };
}

/**
 * The browser's Back and Forward buttons move the address before the page hears of it, so they cannot be held like
 * a link. While a page blocks leaving, such a move is stopped before the router sees it, the address is put back,
 * and the move waits for an answer like any other; going on replays it.
 */
function watchBackAndForward(guard: { isBlocking(): boolean; hold(next: HeldNavigation | null): void }) {
  let shown = window.location.href;
  let isReplaying = false;
  const remember = () => {
    shown = window.location.href;
  };
  // The router announces its own moves with these events; the address they leave is the page on show.
  for (const event of ['pushState', 'replaceState', 'hashchange']) window.addEventListener(event, remember);
  window.addEventListener(
    'popstate',
    (event) => {
      if (isReplaying || !guard.isBlocking() || window.location.href === shown) {
        isReplaying = false;
        remember();
        return;
      }
      // Captured on the window, this runs before the router's own listener, which never learns of the move.
      event.stopImmediatePropagation();
      window.history.pushState(null, '', shown);
      guard.hold(() => {
        isReplaying = true;
        window.history.back();
      });
    },
    { capture: true },
  );
}

const GuardContext = createContext<NavigationGuard | null>(null);

function useGuard(): NavigationGuard {
  const guard = useContext(GuardContext);
  if (!guard) throw new Error('the navigation guard needs the GuardedRouter around the app');
  return guard;
}

/** The app's router, with every link and `navigate` call passing the guard first. */
export function GuardedRouter({ children }: { children: ReactNode }) {
  const [guard] = useState(createNavigationGuard);
  return (
    <GuardContext value={guard}>
      <Router aroundNav={guard.aroundNav}>{children}</Router>
    </GuardContext>
  );
}

/**
 * While `isBlocking`, in-app navigation to another page waits, the browser's Back and Forward included: `held` is
 * the navigation waiting for an answer (call it to go on), `release()` drops it and stays. A reload or a typed
 * address is the browser's to warn about.
 */
export function useNavigationBlocker(isBlocking: boolean): { held: HeldNavigation | null; release(): void } {
  const guard = useGuard();
  useEffect(() => (isBlocking ? guard.block() : undefined), [guard, isBlocking]);
  const held = useSyncExternalStore(guard.subscribe, guard.held);
  return { held: isBlocking ? held : null, release: guard.release };
}

/** Runs `leave` at once, or holds it like a navigation while a page blocks leaving: for a way out that is no link. */
export const useAskBeforeLeaving = () => useGuard().askBeforeLeaving;
