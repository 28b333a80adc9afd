import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoUsers } from '../../server/src/demo/load-demo.ts';
import { type FakeGoogle, seedAccount, startFakeGoogle } from '../oauth/fake-google.ts';
import { consentThroughFake } from '../oauth/support.ts';
import { signedInClient } from '../support/api-client.ts';
import { engines } from '../support/db.ts';
import { callProcedure, type Session } from './http.ts';
import { procedurePermissions } from './permissions.ts';
import {
  idKeysOf,
  inputSchemaOf,
  jsonSchemaOf,
  listProcedures,
  type ProcedureInfo,
  procedureIdKeys,
} from './procedures.ts';
import { sampleValue } from './schema-values.ts';
import { collectIds, idsIn, idTables } from './tenant-ids.ts';
import { seededExtraIds, seedTenant } from './tenant-seed.ts';
import { snapshotOrg, startWorld, type World } from './world.ts';

/**
 * Inputs for procedures whose generated input would not reach the data (odd shapes, several ids that must belong
 * together). `ids` holds one real id of the victim organization per key of `idTables`.
 */
export const crossTenantFixtures: Record<string, (ids: Map<string, string>) => unknown> = {
  // The victim's location for a new source: the settings a schema.org page needs, so the location is what decides.
  'sources.create': (ids) => ({
    kind: 'schema_org',
    name: 'Planted source',
    locationId: ids.get('locationId'),
    settings: { url: 'https://example.com/reviews' },
  }),
  // The victim's location for a new competitor, with a place id that would otherwise be accepted.
  'competitors.add': (ids) => ({
    locationId: ids.get('locationId'),
    kind: 'google_places',
    name: 'Planted rival',
    placeId: 'ChIJplantedRival0001',
  }),
  // The victim's campaign and location, with the e-mail fields an e-mail campaign needs, so the ids are what decide.
  'campaigns.save': (ids) => ({
    campaignId: ids.get('campaignId'),
    locationId: ids.get('locationId'),
    name: 'Planted campaign',
    audience: { mode: 'rules', servedWithinDays: 30, tags: [] },
    channel: 'email',
    subjectTemplate: 'How did we do?',
    bodyTemplate: 'Tell us how it went: {{feedbackUrl}}',
  }),
  // Another organization's import id, with a file that would otherwise import fine.
  'clients.importCsv': (ids) => ({
    csv: 'email,name\nplanted@example.com,Planted\n',
    mapping: { '0': 'email', '1': 'name' },
    importId: ids.get('importId'),
  }),
};

/** Procedures that never touch another organization's rows by construction (no org-scoped data at all). */
const outsideTenancy = new Set(
  Object.entries(procedurePermissions)
    .filter(([, access]) => access === 'public' || access === 'token')
    .map(([path]) => path),
);

/** A BAD_REQUEST whose field errors name an id ("no such location") is a refusal too, not a shape problem. */
function refusesAnId(body: unknown, idKeys: Set<string>): boolean {
  const fieldErrors = (body as { error?: { data?: { fieldErrors?: Record<string, unknown> | null } } } | null)
    ?.error?.data?.fieldErrors;
  return !!fieldErrors && Object.keys(fieldErrors).some((k) => idKeys.has(k));
}

function stripIdSuffix(key: string): string {
  return key.endsWith('Ids') ? key.slice(0, -1) : key;
}

describe.each(engines)('cross-tenant isolation on %s', (engine) => {
  let world: World;
  let ownerB: Session;
  let ownerA: Session;
  let idsA: Map<string, string>;
  let secretIds: Set<string>;
  let checked = 0;
  let google: FakeGoogle;
  const procedures = listProcedures().filter((p) => !outsideTenancy.has(p.path));

  beforeAll(async () => {
    // Google's connect flow needs a provider: a local stand-in, and one grant of organization A's owner.
    google = await startFakeGoogle();
    seedAccount(google, '6001', 'Tenant A account', [{ id: '61', title: 'Tenant A shop', reviews: [] }]);
    world = await startWorld(engine, google.env);
    const seedFailures = await seedTenant(world, world.orgA);
    if (seedFailures.length) console.warn(`seeding organization A:\n${seedFailures.join('\n')}`);
    ownerB = await world.sessionFor(world.orgB, 'owner');
    ownerA = await world.sessionFor(world.orgA, 'owner');
    const demoOwner = demoUsers.find((u) => u.role === 'owner');
    await consentThroughFake(
      await signedInClient(world.server.url, demoOwner?.email ?? '', demoOwner?.password ?? ''),
      'google',
    );
    idsA = await collectIds(world.db, world.orgA.orgId);
    for (const [k, v] of seededExtraIds) idsA.set(k, v);
    secretIds = idsIn(await snapshotOrg(world.db, world.orgA.orgId));
  });
  afterAll(async () => {
    console.log(`cross-tenant (${engine}): ${checked} procedures called as another organization's owner`);
    await world?.stop();
    await google?.close();
  });

  const inputFor = (proc: ProcedureInfo): { input: unknown; problem: string | null } => {
    const fixture = crossTenantFixtures[proc.path];
    if (fixture) return { input: fixture(idsA), problem: null };
    const schema = inputSchemaOf(proc);
    if (!schema) return { input: undefined, problem: null };
    const json = jsonSchemaOf(schema);
    const unknownKeys = [...idKeysOf(json)].filter((k) => !(stripIdSuffix(k) in idTables));
    if (unknownKeys.length)
      return {
        input: null,
        problem: `${proc.path}: id key(s) ${unknownKeys.join(', ')} unknown: add them to idTables in tests/security/tenant-ids.ts or a fixture to crossTenantFixtures in tests/security/cross-tenant.test.ts`,
      };
    const missingRows = [...idKeysOf(json)].map(stripIdSuffix).filter((k) => !idsA.has(k));
    if (missingRows.length)
      return {
        input: null,
        problem: `${proc.path}: organization A has no row for ${missingRows.join(', ')}: create one in seedTenant (tests/security/tenant-seed.ts)`,
      };
    return { input: sampleValue(json, (k) => idsA.get(stripIdSuffix(k)) ?? null), problem: null };
  };

  it('never shows one organization any id of another organization, in any query', async () => {
    const problems: string[] = [];
    for (const proc of procedures.filter((p) => p.type === 'query')) {
      const { input, problem } = inputFor(proc);
      if (problem) {
        problems.push(problem);
        continue;
      }
      const r = await callProcedure(world.server.url, proc, input, ownerB);
      checked += 1;
      if (r.status >= 500) problems.push(`${proc.path}: ${r.status}`);
      const leaked = [
        ...r.text.toLowerCase().matchAll(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g),
      ]
        .map((m) => m[0])
        .filter((id) => secretIds.has(id) && !JSON.stringify(input ?? null).includes(id));
      if (leaked.length)
        problems.push(`${proc.path}: answered with organization A's ids ${leaked.slice(0, 3).join(', ')}`);
      // The same call by the victim's own owner must succeed, or the ids never reached the data.
      if (procedureIdKeys(proc).size) {
        const own = await callProcedure(world.server.url, proc, input, ownerA);
        if (own.status !== 200)
          problems.push(
            `${proc.path}: organization A's own call failed (${own.text.slice(0, 160)}); add a fixture`,
          );
      }
    }
    expect(problems).toEqual([]);
  });

  it('answers NOT_FOUND and changes nothing when a mutation names another organization’s ids', async () => {
    const problems: string[] = [];
    const withIds = procedures.filter(
      (p) => p.type === 'mutation' && (crossTenantFixtures[p.path] || procedureIdKeys(p).size),
    );
    for (const proc of withIds) {
      const { input, problem } = inputFor(proc);
      if (problem) {
        problems.push(problem);
        continue;
      }
      const before = await snapshotOrg(world.db, world.orgA.orgId);
      const r = await callProcedure(world.server.url, proc, input, ownerB);
      checked += 1;
      const after = await snapshotOrg(world.db, world.orgA.orgId);
      const refused =
        r.code === 'NOT_FOUND' || r.code === 'FORBIDDEN' || refusesAnId(r.body, procedureIdKeys(proc));
      if (!refused && r.status !== 200)
        problems.push(`${proc.path}: expected NOT_FOUND, got ${r.code ?? r.status} ${r.text.slice(0, 160)}`);
      // Accepting the call is only fine if the foreign id was ignored: nothing of B's may now point into A.
      const ownAfter = await snapshotOrg(world.db, world.orgB.orgId);
      const pointing = [...idsIn(ownAfter)].filter((id) => secretIds.has(id));
      if (pointing.length)
        problems.push(
          `${proc.path}: organization B's rows now reference A's ${pointing.slice(0, 3).join(', ')}`,
        );
      if (!refused && [...secretIds].some((id) => r.text.includes(id)))
        problems.push(`${proc.path}: answered with organization A's ids`);
      const changed = Object.keys(before).filter(
        (t) => JSON.stringify(before[t]) !== JSON.stringify(after[t]),
      );
      if (changed.length) problems.push(`${proc.path}: changed organization A's ${changed.join(', ')}`);
    }
    expect(problems).toEqual([]);
  });
});
