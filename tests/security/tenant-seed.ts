import { randomUUID } from 'node:crypto';
import { callProcedure } from './http.ts';
import { inputSchemaOf, jsonSchemaOf, listProcedures } from './procedures.ts';
import { sampleValue } from './schema-values.ts';
import { collectIds } from './tenant-ids.ts';
import type { Tenant, World } from './world.ts';

type SeedStep = { path: string; input: (ids: Map<string, string>) => Record<string, unknown> };

const importId = randomUUID();

/**
 * Rows the demo poll does not create, made through the organization's own procedures (as its owner), so that
 * every kind of id exists for the cross-tenant test. Inputs are generated from each schema with the
 * organization's own ids, plus the fields given here. A step whose procedure does not exist (yet) is skipped.
 */
const steps: SeedStep[] = [
  // An open invitation, so invitation ids exist (another organization must neither list nor revoke it).
  { path: 'members.add', input: () => ({ email: 'seeded.invitee@example.com', role: 'manager' }) },
  { path: 'replies.approve', input: () => ({ overrideReason: 'Seeded for a test' }) },
  { path: 'cases.open', input: () => ({ title: 'Seeded case' }) },
  {
    path: 'cases.addTask',
    input: () => ({
      description: 'Call the customer back',
      dueAt: new Date(Date.now() + 86_400_000).toISOString(),
    }),
  },
  { path: 'cases.offerRemedy', input: () => ({ description: 'A refund of the visit' }) },
  { path: 'clients.save', input: () => ({ email: 'seeded.client@example.com', name: 'Seeded Client' }) },
  {
    path: 'campaigns.save',
    input: () => ({
      name: 'Seeded campaign',
      subjectTemplate: 'How did we do?',
      bodyTemplate: 'Hello {{firstName}}, tell us how it went: {{feedbackUrl}}',
      audience: { mode: 'rules', servedWithinDays: 30, tags: [] },
    }),
  },
  {
    path: 'clients.importCsv',
    input: () => ({
      csv: 'email,name\nimported@example.com,Imported Client\n',
      mapping: { '0': 'email', '1': 'name' },
      importId,
    }),
  },
  // A competitor of the organization's location (never polled here), so competitor ids exist.
  {
    path: 'competitors.add',
    input: () => ({
      kind: 'google_places',
      name: 'Seeded rival',
      placeId: 'ChIJseededRival00001',
      // Generated values for the other kinds' fields are dropped: a place needs none of them.
      url: undefined,
      css: undefined,
      appId: undefined,
      country: undefined,
      playId: undefined,
    }),
  },
];

/** Ids that live outside the database (import progress is kept in memory), by input key. */
export const seededExtraIds = new Map([['importId', importId]]);

export async function seedTenant(world: World, tenant: Tenant): Promise<string[]> {
  const known = new Map(listProcedures().map((p) => [p.path, p]));
  const failures: string[] = [];
  for (const step of steps) {
    const proc = known.get(step.path);
    const schema = proc ? inputSchemaOf(proc) : null;
    if (!proc || !schema) continue;
    const ids = await collectIds(world.db, tenant.orgId);
    const generated = sampleValue(
      jsonSchemaOf(schema),
      (k) => ids.get(k.endsWith('Ids') ? k.slice(0, -1) : k) ?? null,
    );
    const input = { ...(generated as Record<string, unknown>), ...step.input(ids) };
    const r = await callProcedure(world.server.url, proc, input, await world.sessionFor(tenant, 'owner'));
    if (r.status >= 400) failures.push(`${step.path}: ${r.status} ${r.text.slice(0, 300)}`);
  }
  return failures;
}
