import { type Capability, can, capabilities, roleGrants, roles } from '@rebound/shared';
import { describe, expect, it } from 'vitest';

const names = Object.keys(capabilities) as Capability[];

describe('the access table (shared/src/capabilities.ts)', () => {
  it('grants nothing to someone without a role in the organization', () => {
    expect(names.filter((c) => can(null, c) || can(undefined, c))).toEqual([]);
  });

  it('answers can() from the table: each capability for exactly the roles listed with it', () => {
    for (const capability of names)
      expect(roles.filter((r) => can(r, capability))).toEqual(
        roles.filter((r) => capabilities[capability].includes(r)),
      );
    expect(can('owner', 'replies.approve')).toBe(true);
    expect(can('manager', 'replies.approve')).toBe(false);
  });

  it('lets the team be managed by exactly the roles that may grant some role (role-grants.ts)', () => {
    expect(roles.filter((r) => can(r, 'members.manage'))).toEqual(
      roles.filter((r) => roleGrants[r].length > 0),
    );
  });
});
