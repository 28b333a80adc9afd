import type { Role } from '@rebound/shared';

export type NavItem = { href: string; label: string; roles: Role[] };

/** Each feature's entry in the top navigation, with who may see it. */
export const navItems: NavItem[] = [
  { href: '/dashboard', label: 'Dashboard', roles: ['owner', 'manager', 'admin', 'marketing'] },
  { href: '/competitors', label: 'Competitors', roles: ['owner', 'manager', 'admin'] },
  { href: '/inbox', label: 'Inbox', roles: ['owner', 'manager'] },
  { href: '/to-post', label: 'To post', roles: ['owner', 'manager'] },
  { href: '/cases', label: 'Cases', roles: ['owner', 'manager'] },
  { href: '/alerts', label: 'Alerts', roles: ['owner'] },
  { href: '/sources', label: 'Sources', roles: ['owner', 'manager', 'admin', 'marketing'] },
  { href: '/clients', label: 'Clients', roles: ['marketing', 'owner', 'admin', 'manager'] },
  { href: '/campaigns', label: 'Campaigns', roles: ['marketing', 'owner', 'admin', 'manager'] },
  { href: '/outbox', label: 'Outbox', roles: ['marketing', 'owner', 'admin', 'manager'] },
  { href: '/audit', label: 'Audit log', roles: ['owner', 'admin'] },
  { href: '/members', label: 'Team', roles: ['owner', 'admin', 'manager', 'marketing'] },
  { href: '/settings/llm', label: 'LLM drafting', roles: ['owner', 'admin'] },
];
