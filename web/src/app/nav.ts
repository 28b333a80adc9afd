import type { Capability } from '@rebound/shared/capabilities';

export type NavItem = { href: string; label: string; capability: Capability };

/** Each feature's entry in the top navigation, shown to the members whose role holds its capability. */
export const navItems: NavItem[] = [
  { href: '/dashboard', label: 'Dashboard', capability: 'trends.readFeedback' },
  { href: '/competitors', label: 'Competitors', capability: 'competitors.read' },
  { href: '/inbox', label: 'Inbox', capability: 'inbox.work' },
  { href: '/to-post', label: 'To post', capability: 'replies.post' },
  { href: '/cases', label: 'Cases', capability: 'cases.work' },
  { href: '/alerts', label: 'Alerts', capability: 'alerts.configure' },
  { href: '/sources', label: 'Sources', capability: 'sources.read' },
  { href: '/clients', label: 'Clients', capability: 'clients.read' },
  { href: '/campaigns', label: 'Campaigns', capability: 'campaigns.read' },
  { href: '/outbox', label: 'Outbox', capability: 'outbox.read' },
  { href: '/audit', label: 'Audit log', capability: 'audit.read' },
  { href: '/members', label: 'Team', capability: 'members.read' },
  { href: '/settings/llm', label: 'LLM drafting', capability: 'llm.readSettings' },
];
