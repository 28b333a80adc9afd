import fc from 'fast-check';
import type { JsonSchema } from './procedures.ts';

/** Strings that have broken parsers, renderers and databases before. */
export const hostileStrings = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  'javascript:alert(1)',
  '\u202Egnp.exe',
  'a\u0000b',
  '\u0000',
  '\uD800',
  '\uFEFF',
  "'; drop table reviews; --",
  '%00%2e%2e%2f',
  '../../../../etc/passwd',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection probe, meant literally
  '${7*7}{{7*7}}',
  '__proto__',
  'constructor',
  '\r\nX-Injected: 1',
  'Z̷̛̖a̵l̴g̶o̸',
  '👩‍👩‍👧‍👦'.repeat(50),
  ' ',
  '',
];

const hugeString = fc.constantFrom('A'.repeat(100_000), '\u202E'.repeat(20_000), 'é'.repeat(50_000));
const pollutionObject = fc.constantFrom(
  JSON.parse('{"__proto__":{"polluted":"yes"}}') as unknown,
  JSON.parse('{"constructor":{"prototype":{"polluted":"yes"}}}') as unknown,
  JSON.parse('{"__proto__":{"isAdmin":true},"role":"owner"}') as unknown,
);

function nested(depth: number): unknown {
  let v: unknown = 'bottom';
  for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { a: v };
  return v;
}

/** Anything but what a field expects. */
export const junkArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, true, false, 0, -1, 1e308, -0, 2 ** 53 + 1, [], {}),
  fc.integer(),
  fc.double(),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constantFrom(...hostileStrings),
  hugeString,
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(nested(200), nested(2000)),
  pollutionObject,
);

function firstType(s: JsonSchema): string | undefined {
  return Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type;
}

/** Values shaped like the schema (often valid), as the starting point of a mutation. */
export function shapedArb(s: JsonSchema, depth = 0): fc.Arbitrary<unknown> {
  const branches = s.anyOf ?? s.oneOf;
  if (branches?.length) return fc.oneof(...branches.map((b) => shapedArb(b, depth + 1)));
  if (s.const !== undefined) return fc.constant(s.const);
  if (s.enum?.length) return fc.constantFrom(...s.enum);
  const type = firstType(s);
  if (type === 'string') {
    if (s.format === 'email') return fc.emailAddress();
    if (s.format === 'uuid') return fc.uuid({ version: 4 });
    if (s.format === 'date-time') return fc.date({ noInvalidDate: true }).map((d) => d.toISOString());
    if (s.format === 'uri' || s.format === 'url') return fc.webUrl();
    if (s.pattern) {
      try {
        return fc.stringMatching(new RegExp(s.pattern)).filter((v) => v.length <= (s.maxLength ?? 1e9));
      } catch {
        // a pattern fast-check cannot generate from: fall through to plain strings
      }
    }
    const minLength = s.minLength ?? 0;
    const maxLength = Math.max(minLength, Math.min(s.maxLength ?? 60, 60));
    return fc.oneof(fc.string({ minLength, maxLength }), fc.constantFrom(...hostileStrings));
  }
  if (type === 'integer') return fc.integer({ min: s.minimum ?? -1000, max: s.maximum ?? 1000 });
  if (type === 'number') return fc.double({ min: s.minimum ?? -1000, max: s.maximum ?? 1000, noNaN: true });
  if (type === 'boolean') return fc.boolean();
  if (type === 'null') return fc.constant(null);
  if (type === 'array' && depth < 4)
    return fc.array(shapedArb(s.items ?? {}, depth + 1), {
      minLength: s.minItems ?? 0,
      maxLength: Math.max(s.minItems ?? 0, Math.min(s.maxItems ?? 4, 4)),
    });
  if ((type === 'object' || s.properties) && depth < 4) {
    const props = Object.fromEntries(
      Object.entries(s.properties ?? {}).map(([k, v]) => [k, shapedArb(v, depth + 1)]),
    );
    return fc.record(props, { requiredKeys: (s.required ?? []).filter((k) => k in props) });
  }
  return junkArb;
}

type Path = (string | number)[];

function pathsOf(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  out.push(prefix);
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) pathsOf(v, [...prefix, i], out);
  } else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) pathsOf(v, [...prefix, k], out);
  return out;
}

/** Set an own property, even one called `__proto__`, without touching any prototype. */
function defineOwn(target: object, key: string | number, value: unknown) {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

type Mutation = 'replace' | 'delete' | 'extra' | 'wrap';
const extraKeys = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '',
  'k'.repeat(300),
];

function mutate(value: unknown, pick: number, kind: Mutation, junk: unknown, keyPick: number): unknown {
  const root = { v: structuredClone(value) as unknown };
  const paths = pathsOf(root.v);
  const path = paths[pick % paths.length] ?? [];
  let parent: Record<string | number, unknown> = root as Record<string, unknown>;
  let key: string | number = 'v';
  for (const step of path) {
    parent = parent[key] as Record<string | number, unknown>;
    key = step;
  }
  const target = parent[key];
  if (kind === 'delete' && path.length > 0) delete parent[key];
  else if (kind === 'extra' && target && typeof target === 'object' && !Array.isArray(target))
    defineOwn(target, extraKeys[keyPick % extraKeys.length] ?? 'x', junk);
  else if (kind === 'wrap') defineOwn(parent, key, [target, junk]);
  else defineOwn(parent, key, junk);
  return root.v;
}

/** A schema-shaped value with one hostile change somewhere in it: wrong type, missing key, extra key, junk. */
export function hostileInputArb(s: JsonSchema): fc.Arbitrary<unknown> {
  return fc
    .tuple(
      shapedArb(s),
      fc.nat(),
      fc.constantFrom<Mutation>('replace', 'replace', 'delete', 'extra', 'wrap'),
      junkArb,
      fc.nat(),
    )
    .map(([value, pick, kind, junk, keyPick]) => mutate(value, pick, kind, junk, keyPick));
}
