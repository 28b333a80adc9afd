import type { Role } from '@rebound/shared';
import { can } from '@rebound/shared/capabilities';

/**
 * Where a member lands after signing in or accepting an invitation: whoever approves replies on the inbox, whoever
 * works the cases without approving on the dashboard, everyone else on the team page.
 */
export function homeFor(role: Role | null | undefined): string {
  if (can(role, 'replies.approve')) return '/inbox';
  if (can(role, 'cases.work')) return '/dashboard';
  return '/members';
}
