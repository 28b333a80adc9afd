import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { refuseRequest } from './security.ts';

const KB = 1024;
const MB = 1024 * KB;

/**
 * The largest request body each route reads, checked before a byte of it is parsed (docs/security.md lists
 * them). A declared Content-Length over the limit is refused without reading; a chunked body is read only up
 * to the limit.
 */
export const bodyLimits = {
  /** Any tRPC call not listed below: the largest ordinary input is a campaign list of 20,000 client ids. */
  trpc: 1 * MB,
  /** Calls anyone may make before signing in carry a few short fields. */
  trpcAnonymous: 64 * KB,
  /** CSV uploads: their text is capped at 4–5 million characters by the input schemas, and JSON-escaped here. */
  trpcCsv: 16 * MB,
  webhook: 1 * MB,
  feedbackForm: 32 * KB,
  unsubscribe: 8 * KB,
} as const;

const anonymousRouters = ['auth.', 'account.'];
const csvProcedures = new Set([
  'sources.importCsvChunk',
  'sources.previewCsv',
  'clients.importCsv',
  'clients.previewImport',
]);

/** The limit for one tRPC call by its path, e.g. `sources.importCsvChunk`. */
export function trpcBodyLimitFor(procedure: string): number {
  if (csvProcedures.has(procedure)) return bodyLimits.trpcCsv;
  if (anonymousRouters.some((prefix) => procedure.startsWith(prefix))) return bodyLimits.trpcAnonymous;
  return bodyLimits.trpc;
}

export function describeBytes(bytes: number): string {
  return bytes >= MB ? `${bytes / MB} MB` : `${bytes / KB} KB`;
}

/** 413 with a JSON error that says what the limit is (tRPC's error shape under /trpc). */
export function refuseTooLarge(c: Context, limit: number, what: string) {
  return refuseRequest(
    c,
    'PAYLOAD_TOO_LARGE',
    `The request body is larger than ${describeBytes(limit)}, the most ${what} accepts.`,
  );
}

/** A body limit for one route, answering 413 in JSON. */
export function limitBody(limit: number, what: string): MiddlewareHandler {
  return bodyLimit({ maxSize: limit, onError: (c) => refuseTooLarge(c, limit, what) });
}

/** Body limits on /trpc/*: a batch may be as large as the most generous of its calls allows. */
export function trpcBodyLimit(): MiddlewareHandler {
  return (c, next) => {
    const procedures = c.req.path.slice('/trpc/'.length).split(',');
    const limit = Math.max(...procedures.map(trpcBodyLimitFor));
    const what = procedures.length === 1 ? (procedures[0] ?? 'this call') : 'this batch of calls';
    return limitBody(limit, what)(c, next);
  };
}
