import { callProcedure } from './http.ts';
import { listProcedures } from './procedures.ts';
import { collectIds } from './tenant-ids.ts';
import type { Tenant, World } from './world.ts';

type SeedStep = { path: string; input: (ids: Map<string, string>) => unknown };

/**
 * Rows the demo poll does not create, made through the organization's own procedures (as its owner), so that
 * every kind of id exists for the cross-tenant test. A step whose procedure does not exist (yet) is skipped.
 */
const steps: SeedStep[] = [
  {
    path: 'replies.approve',
    input: (ids) => ({ draftId: ids.get('draftId'), overrideReason: 'Seeded for a test' }),
  },
];

export async function seedTenant(world: World, tenant: Tenant): Promise<string[]> {
  const known = new Map(listProcedures().map((p) => [p.path, p]));
  const failures: string[] = [];
  for (const step of steps) {
    const proc = known.get(step.path);
    if (!proc) continue;
    const ids = await collectIds(world.db, tenant.orgId);
    const r = await callProcedure(
      world.server.url,
      proc,
      step.input(ids),
      await world.sessionFor(tenant, 'owner'),
    );
    if (r.status >= 400) failures.push(`${step.path}: ${r.status} ${r.text.slice(0, 200)}`);
  }
  return failures;
}
