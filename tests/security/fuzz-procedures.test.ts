import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostileInputArb, junkArb } from './hostile-arbitraries.ts';
import { callProcedure, sessionHeaders } from './http.ts';
import { inputSchemaOf, jsonSchemaOf, listProcedures } from './procedures.ts';
import { rowCounts, startWorld, type World } from './world.ts';

const runsPerProcedure = 24;
const seed = Number(process.env.FUZZ_SEED ?? 20_260_801);
/**
 * Procedures that fetch from the network or send mail: only rejected inputs are sent to them here, so that a
 * value that happens to be valid does not go looking up a random host name. Their outbound paths are covered
 * by the SSRF suite.
 */
const reachesOut = new Set([
  'sources.test',
  'sources.previewCss',
  'sources.pollNow',
  'replies.retryPost',
  'replies.regenerate',
  'campaigns.testSend',
  'campaigns.launch',
  'alerts.updateSettings',
]);
const malformedBodies = [
  '{',
  '{"a":',
  '\u0000',
  '[]]',
  'null',
  '"x"',
  '{"__proto__":{"polluted":"yes"}}',
  '\uD800',
];

function differs(a: Record<string, number>, b: Record<string, number>): string[] {
  return Object.keys({ ...a, ...b })
    .filter((k) => a[k] !== b[k])
    .map((k) => `${k} ${a[k]} → ${b[k]}`);
}

describe('fuzzing every procedure with hostile input', () => {
  let world: World;
  let runs = 0;
  beforeAll(async () => {
    world = await startWorld('pglite');
  });
  afterAll(async () => {
    console.log(`procedure fuzzing: ${runs} calls (seed ${seed})`);
    await world?.stop();
  });

  describe.each(listProcedures().map((p) => [p.path, p] as const))('%s', (_path, proc) => {
    it('answers every invalid input with a 4xx, never a 5xx, and writes nothing when it refuses', async () => {
      const schema = inputSchemaOf(proc);
      const samples = fc.sample(schema ? hostileInputArb(jsonSchemaOf(schema)) : junkArb, {
        numRuns: schema ? runsPerProcedure : 5,
        seed,
      });
      // What is actually sent: the JSON round trip (NaN becomes null, own __proto__ keys survive).
      const sent = samples.map((v) =>
        v === undefined ? undefined : (JSON.parse(JSON.stringify(v) ?? 'null') as unknown),
      );
      const judged = await Promise.all(
        sent.map(async (v) => ({ v, isValid: schema ? (await schema.safeParseAsync(v)).success : true })),
      );
      const rejected = judged.filter((j) => !j.isValid).map((j) => j.v);
      const accepted = judged.filter((j) => j.isValid).map((j) => j.v);
      const session = await world.sessionFor(world.orgA, 'owner');
      const problems: string[] = [];

      const before = await rowCounts(world.db);
      for (const input of rejected) {
        const r = await callProcedure(world.server.url, proc, input, session);
        runs += 1;
        if (r.status < 400 || r.status >= 500)
          problems.push(
            `status ${r.status} for ${JSON.stringify(input).slice(0, 200)}: ${r.text.slice(0, 200)}`,
          );
      }
      // A procedure without input never reads the body, so junk bodies are only part of the refused batch when it has one.
      if (proc.type === 'mutation' && schema) {
        for (const body of malformedBodies) {
          const res = await fetch(`${world.server.url}/trpc/${proc.path}`, {
            method: 'POST',
            headers: { ...sessionHeaders(world.server.url, session), 'content-type': 'application/json' },
            body,
          });
          runs += 1;
          if (res.status >= 500) problems.push(`status ${res.status} for body ${JSON.stringify(body)}`);
          await res.body?.cancel();
        }
      }
      const after = await rowCounts(world.db);
      const changed = differs(before, after);
      if (changed.length) problems.push(`rejected calls wrote rows: ${changed.join(', ')}`);

      if (!reachesOut.has(proc.path)) {
        for (const input of accepted.slice(0, 5)) {
          const r = await callProcedure(
            world.server.url,
            proc,
            input,
            await world.sessionFor(world.orgA, 'owner'),
          );
          runs += 1;
          if (r.status >= 500)
            problems.push(`status ${r.status} for valid ${JSON.stringify(input).slice(0, 200)}`);
        }
      }
      expect(problems).toEqual([]);
    });
  });

  it('is still healthy afterwards, with no polluted prototypes', async () => {
    const health = await fetch(`${world.server.url}/health`);
    expect(health.status).toBe(200);
    const probe = {} as Record<string, unknown>;
    expect(probe.polluted).toBeUndefined();
    expect(probe.isAdmin).toBeUndefined();
    expect(Object.keys(Object.prototype)).toEqual([]);
  });
});
