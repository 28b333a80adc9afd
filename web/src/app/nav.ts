import type { Role } from '@rebound/shared';

export type NavItem = { href: string; label: string; roles: Role[] };

/** Each feature's entry in the top navigation, with who may see it. */
export const navItems: NavItem[] = [
  { href: '/inbox', label: 'Inbox', roles: ['owner', 'manager'] },
  { href: '/members', label: 'Team', roles: ['owner', 'admin', 'manager', 'marketing'] },
];

export function homeFor(role: Role | null | undefined): string {
  if (role === 'owner' || role === 'manager') return '/inbox';
  return '/members';
}
