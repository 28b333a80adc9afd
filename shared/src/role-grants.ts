import type { Role } from './roles.ts';

/**
 * Who may grant which role: the one table behind inviting, changing a role, removing a member and resetting a
 * member's password. Managing a member who holds a role needs the right to grant that role, so an admin can
 * neither make an owner nor demote, remove or take over one. Only an owner makes owners: owners approve what is
 * said publicly in the business's name.
 */
export const roleGrants: Record<Role, readonly Role[]> = {
  owner: ['owner', 'manager', 'marketing', 'admin'],
  admin: ['manager', 'marketing', 'admin'],
  manager: [],
  marketing: [],
};

export function canGrantRole(actor: Role, role: Role): boolean {
  return roleGrants[actor].includes(role);
}

/** The roles an actor may pick from in the members screen. */
export function grantableRoles(actor: Role | null | undefined): readonly Role[] {
  return actor ? roleGrants[actor] : [];
}
