import { canGrantRole, type Role } from '@rebound/shared';
import { forbidden } from '../errors.ts';
import type { Actor } from '../orgs/members.ts';

/** Who is changing the team, with the role that decides what they may grant. */
export type MemberActor = Actor & { role: Role };

/** Granting a role, or managing someone who holds it, needs that role in the actor's row of the grant table. */
export function assertMayGrant(actor: MemberActor, role: Role): void {
  if (!canGrantRole(actor.role, role))
    throw forbidden(
      role === 'owner'
        ? 'Only an owner can make someone an owner or manage an owner'
        : `Your role cannot grant or manage the ${role} role`,
    );
}
