import type { Hono } from 'hono';
import { inspectRoutes } from 'hono/dev';
import { type ZodType, z } from 'zod';
import { appRouter } from '../../server/src/trpc/router.ts';

export type ProcedureType = 'query' | 'mutation' | 'subscription';
export type ProcedureInfo = {
  path: string;
  type: ProcedureType;
  /** The zod input parsers in chain order; empty when the procedure takes no input. */
  inputs: ZodType[];
};
export type HttpRoute = { method: string; path: string; key: string };

type RawProcedure = { _def: { type: ProcedureType; inputs?: unknown[] } };

/** Every procedure of the app router as it stands right now, sorted by path. */
export function listProcedures(): ProcedureInfo[] {
  const raw = (appRouter._def as unknown as { procedures: Record<string, RawProcedure> }).procedures;
  return Object.entries(raw)
    .map(([path, proc]) => ({
      path,
      type: proc._def.type,
      inputs: (proc._def.inputs ?? []).filter((i): i is ZodType => i instanceof z.ZodType),
    }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** The single object schema a procedure parses (chained inputs are merged by tRPC; we merge their shapes too). */
export function inputSchemaOf(proc: ProcedureInfo): ZodType | null {
  if (proc.inputs.length === 0) return null;
  if (proc.inputs.length === 1) return proc.inputs[0] ?? null;
  const objects = proc.inputs.filter((i): i is z.ZodObject => i instanceof z.ZodObject);
  if (objects.length !== proc.inputs.length) return proc.inputs[0] ?? null;
  return objects.reduce((acc, o) => acc.extend(o.shape));
}

export type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
  default?: unknown;
  additionalProperties?: boolean | JsonSchema;
};

export function jsonSchemaOf(schema: ZodType): JsonSchema {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
}

/**
 * Top-level input keys naming one of our row ids (`reviewId`, `clientIds`, ...). Nested keys (CSV column
 * mappings, a provider's account id inside a source config) name things outside Rebound and are left out,
 * as are the keys listed in `externalIdKeys`.
 */
export function idKeysOf(schema: JsonSchema, out = new Set<string>()): Set<string> {
  for (const key of Object.keys(schema.properties ?? {}))
    if (/^(id|[a-z]\w*Ids?)$/.test(key) && !externalIdKeys.has(key)) out.add(key);
  for (const branch of [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])])
    idKeysOf(branch, out);
  return out;
}

/** Id-looking keys that hold a review site's own identifiers, never a Rebound row id. */
export const externalIdKeys = new Set(['appId', 'businessId', 'accountId', 'googleLocationId', 'placeId']);

/** The id keys of a procedure's input (empty for procedures without input). */
export function procedureIdKeys(proc: ProcedureInfo): Set<string> {
  const schema = inputSchemaOf(proc);
  return schema ? idKeysOf(jsonSchemaOf(schema)) : new Set();
}

/**
 * Every non-tRPC HTTP endpoint of the Hono app (handlers, not middleware), keyed "METHOD /path".
 * The tRPC mount, static assets and the single-page-app fallback are left out: they are covered elsewhere.
 */
export function listHttpRoutes(app: Hono): HttpRoute[] {
  const seen = new Map<string, HttpRoute>();
  for (const r of inspectRoutes(app)) {
    if (r.isMiddleware) continue;
    if (r.path.startsWith('/trpc') || r.path === '*' || r.path === '/*' || r.path.startsWith('/assets'))
      continue;
    const key = `${r.method} ${r.path}`;
    seen.set(key, { method: r.method, path: r.path, key });
  }
  return [...seen.values()].sort((a, b) => a.key.localeCompare(b.key));
}
