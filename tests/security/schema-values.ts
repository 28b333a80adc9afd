import type { JsonSchema } from './procedures.ts';

/** Resolves an id-like key (`reviewId`, `clientIds`) to a real id, or null when it cannot. */
export type IdResolver = (key: string) => string | null;

const patternCandidates = [
  'abc',
  'abc-def',
  'a1',
  'ABC',
  'Abc1',
  '2025-01-01',
  '12:00',
  '#abc',
  'x',
  '1',
  'a',
];
export const sampleUuid = '00000000-0000-4000-8000-000000000000';

function firstTypeOf(s: JsonSchema): string | undefined {
  return Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type;
}

function sampleString(s: JsonSchema): string {
  switch (s.format) {
    case 'email':
      return 'someone@example.com';
    case 'uuid':
      return sampleUuid;
    case 'date-time':
      return new Date().toISOString();
    case 'date':
      return new Date().toISOString().slice(0, 10);
    case 'uri':
    case 'url':
      return 'https://example.com/';
  }
  const min = s.minLength ?? 1;
  const max = s.maxLength ?? Math.max(min, 40);
  if (s.pattern) {
    const re = new RegExp(s.pattern, 'u');
    const found = patternCandidates.find((c) => re.test(c) && c.length >= min && c.length <= max);
    if (found) return found;
  }
  const base = 'Sample text for a security test. ';
  return base.repeat(Math.ceil(min / base.length) + 1).slice(0, Math.max(min, Math.min(max, 24)));
}

/**
 * A value the schema should accept, built from its JSON Schema: required keys only, except that every id key
 * is filled (from `resolveId`) so the call reaches the data.
 */
export function sampleValue(s: JsonSchema, resolveId: IdResolver = () => null, key = ''): unknown {
  const branch = s.anyOf ?? s.oneOf;
  if (branch) {
    const pick = branch.find((b) => firstTypeOf(b) !== 'null') ?? branch[0];
    return pick ? sampleValue(pick, resolveId, key) : null;
  }
  if (s.allOf?.length) return sampleValue(Object.assign({}, ...s.allOf), resolveId, key);
  if (s.const !== undefined) return s.const;
  if (s.enum?.length) return s.enum[0];
  const type = firstTypeOf(s);
  if (type === 'string') {
    // Piped schemas (trim, lower-case, then email) lose their format in JSON Schema; the key still says it.
    if (/email/i.test(key) && !s.format) return 'someone@example.com';
    return (key && resolveId(key)) ?? sampleString(s);
  }
  if (type === 'integer' || type === 'number') {
    const low = s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + 1 : 1);
    return Math.min(low, s.maximum ?? low);
  }
  if (type === 'boolean') return true;
  if (type === 'null') return null;
  if (type === 'array') {
    const itemKey = key.endsWith('Ids') ? key.slice(0, -1) : key;
    const n = Math.max(s.minItems ?? 0, key.endsWith('Ids') ? 1 : 0);
    return Array.from({ length: n }, () => sampleValue(s.items ?? {}, resolveId, itemKey));
  }
  if (type === 'object' || s.properties) {
    const out: Record<string, unknown> = {};
    const required = new Set(s.required ?? []);
    for (const [k, child] of Object.entries(s.properties ?? {})) {
      const isId = /^(id|[a-z]\w*Ids?)$/.test(k);
      if (required.has(k) || (isId && resolveId(k.endsWith('Ids') ? k.slice(0, -1) : k) !== null))
        out[k] = sampleValue(child, resolveId, k);
    }
    return out;
  }
  return 'x';
}
