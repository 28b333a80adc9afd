import type { Role } from '@rebound/shared';

/** Where a member lands after signing in or accepting an invitation. */
export function homeFor(role: Role | null | undefined): string {
  if (role === 'manager') return '/dashboard';
  if (role === 'owner') return '/inbox';
  return '/members';
}
