import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const scanned = ['server/src', 'web/src'];

const role = String.raw`['"\`](?:owner|manager|marketing|admin)['"\`]`;

/**
 * The shapes an access rule takes when it is written with roles instead of a capability: a list of roles
 * (`['owner', 'manager']`, `roleProcedure('owner', 'admin')`), a comparison (`role === 'owner'`), a membership test
 * (`.includes('marketing')`), a role picked in a query (`eq(memberships.role, 'owner')`) or a switch case.
 */
const roleCheckShapes: Array<{ name: string; pattern: RegExp }> = [
  { name: 'list of roles', pattern: new RegExp(String.raw`\[\s*${role}(?:\s*,\s*${role})*\s*,?\s*\]`, 'g') },
  {
    name: 'roles as arguments',
    pattern: new RegExp(String.raw`\(\s*${role}(?:\s*,\s*${role})+\s*,?\s*\)`, 'g'),
  },
  {
    name: 'comparison with a role',
    pattern: new RegExp(String.raw`[!=]==?\s*${role}|${role}\s*[!=]==?`, 'g'),
  },
  {
    name: 'membership test of a role',
    pattern: new RegExp(String.raw`\.(?:includes|has|indexOf)\(\s*${role}\s*\)`, 'g'),
  },
  {
    name: 'role picked in a query',
    pattern: new RegExp(String.raw`\b(?:eq|ne)\(\s*[\w.]*role\s*,\s*${role}`, 'g'),
  },
  { name: 'switch on a role', pattern: new RegExp(String.raw`\bcase\s+${role}\s*:`, 'g') },
];

/**
 * Role literals that state a fact about a role itself, not what a role may do; each stays in its file with the count
 * below, so one more in the same file still fails.
 */
const allowed: Array<{ file: string; count: number; reason: string }> = [
  {
    file: 'server/src/services/members/owner-guard.ts',
    count: 1,
    reason: 'an organization always keeps at least one owner: counting owners to protect the last one',
  },
  {
    file: 'server/src/services/members/change-member-role.ts',
    count: 1,
    reason: 'an organization always keeps at least one owner: the last owner keeps the owner role',
  },
  {
    file: 'server/src/services/members/remove-member.ts',
    count: 1,
    reason: 'an organization always keeps at least one owner: the last owner is not removed',
  },
  {
    file: 'server/src/services/members/member-actor.ts',
    count: 1,
    reason:
      'the refusal names the owner role when it is the role asked for (who may grant it is role-grants.ts)',
  },
  {
    file: 'web/src/features/members/invite-form.tsx',
    count: 1,
    reason: 'the invite form preselects marketing when the grant table offers it',
  },
];

/** Every role check in a source text, as `line: shape: text`. */
function findRoleChecks(source: string): string[] {
  const found: string[] = [];
  for (const { name, pattern } of roleCheckShapes) {
    for (const match of source.matchAll(pattern)) {
      const line = source.slice(0, match.index).split('\n').length;
      found.push(`${line}: ${name}: ${match[0].replace(/\s+/g, ' ')}`);
    }
  }
  return found;
}

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(path.join(repoRoot, dir), { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name))
    .map((e) => path.relative(repoRoot, path.join(e.parentPath, e.name)));
}

describe('access rules are written as capabilities, in shared/src/capabilities.ts only', () => {
  it('finds no role list, role comparison or role membership test in server/src or web/src', async () => {
    const offenders: string[] = [];
    for (const dir of scanned) {
      for (const file of await sourceFiles(dir)) {
        const found = findRoleChecks(await readFile(path.join(repoRoot, file), 'utf8'));
        const permitted = allowed.find((a) => a.file === file)?.count ?? 0;
        if (found.length !== permitted)
          offenders.push(
            `${file} (${found.length} found, ${permitted} allowed):\n    ${found.join('\n    ')}`,
          );
      }
    }
    expect(
      offenders,
      'Ask can(role, capability) or useCan(capability) instead, adding a capability to shared/src/capabilities.ts',
    ).toEqual([]);
  });

  it('catches each shape of a role check', () => {
    const fixture = [
      "const posters = roleProcedure('owner', 'manager');",
      "const readers: Role[] = ['marketing'];",
      'const admins = [\n  "owner",\n  "admin",\n];',
      "if (me.data?.role === 'owner') show();",
      "if ('admin' !== ctx.role) refuse();",
      "const canManage = allowed.includes('marketing');",
      ".where(and(eq(memberships.orgId, orgId), eq(memberships.role, 'owner')))",
      "switch (role) { case 'manager': return '/dashboard'; }",
    ].join('\n');
    expect(findRoleChecks(fixture).map((f) => f.split(': ')[1])).toEqual([
      'list of roles',
      'list of roles',
      'roles as arguments',
      'comparison with a role',
      'comparison with a role',
      'membership test of a role',
      'role picked in a query',
      'switch on a role',
    ]);
  });

  it('lets role names through where they are data, not a check', () => {
    const fixture = [
      "const canApprove = can(role, 'replies.approve');",
      "await db.insert(memberships).values({ orgId, userId, role: 'owner' });",
      "export type DraftOrigin = 'composer' | 'llm' | 'holding' | 'owner';",
      "const words = ['staff', 'manager', 'owner', 'waiter'];",
      "origin: opts.origin ?? 'owner',",
      '<p role="alert">Saved</p>',
    ].join('\n');
    expect(findRoleChecks(fixture)).toEqual([]);
  });
});
