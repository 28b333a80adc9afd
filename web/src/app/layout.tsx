import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { navigate as navigateUnguarded } from 'wouter/use-browser-location';
import { useTRPC } from '../shared/api/trpc.ts';
import { useCan } from '../shared/auth/use-can.ts';
import type { Me } from '../shared/auth/use-me.ts';
import { useAskBeforeLeaving } from '../shared/ui/navigation-guard.tsx';
import { type NavItem, navItems } from './nav.ts';

/** One entry of the top navigation, left out when the member's role does not hold its capability. */
function NavEntry({ item, location }: { item: NavItem; location: string }) {
  if (!useCan(item.capability)) return null;
  return (
    <li>
      <Link href={item.href} aria-current={location.startsWith(item.href) ? 'page' : undefined}>
        {item.label}
      </Link>
    </li>
  );
}

export function Layout({ me, children }: { me: Me; children: ReactNode }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [location] = useLocation();
  const askBeforeLeaving = useAskBeforeLeaving();
  const signOut = useMutation(
    trpc.auth.signOut.mutationOptions({
      // Leaving was agreed before signing out, and the session is over: nothing is left for the guard to ask.
      onSuccess: async () => {
        queryClient.clear();
        navigateUnguarded('/sign-in');
      },
    }),
  );
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <span className="brand">Rebound</span>
        <nav aria-label="Main">
          <ul>
            {navItems.map((i) => (
              <NavEntry key={i.href} item={i} location={location} />
            ))}
          </ul>
        </nav>
        <div className="who">
          <span>
            {me.email} · {me.role} · {me.orgName}
          </span>
          <button
            type="button"
            className="link-button"
            onClick={() => askBeforeLeaving(() => signOut.mutate())}
          >
            Sign out
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
