import { register } from 'node:module';

/**
 * postgres.js 3.4.x batches small writes behind a setImmediate; when the database closes the connection in
 * between (a PostgreSQL restart, a failover), the deferred write runs on a null socket and throws outside any
 * promise, which ends the whole process (porsager/postgres#1154, #1208). Worse, the connection keeps a stale
 * timer and never flushes again, so swallowing the exception is not enough.
 *
 * Until a release carries the fix, this load hook applies the guard proposed upstream (porsager/postgres#1209)
 * to the driver's source as it is loaded: with no socket, the buffered write is dropped, the timer cleared,
 * and whatever waited on it fails with CONNECTION_CLOSED, which callers already handle. If the driver's code
 * has changed so that the anchor is gone, nothing is patched.
 * It must be registered before the driver is first imported (main.ts does it before loading the server).
 */
const hooks = `
const anchor = 'function nextWrite(fn) {\\n    const x = socket.write(chunk, fn)';
const guarded = "function nextWrite(fn) {\\n    if (!socket) { chunk = nextWriteTimer = null; error(Errors.connection('CONNECTION_CLOSED', options)); return false }\\n    const x = socket.write(chunk, fn)";
export async function load(url, context, nextLoad) {
  const result = await nextLoad(url, context);
  if (!/\\/node_modules\\/postgres\\/src\\/connection\\.js$/.test(url) || result.source == null) return result;
  const source = typeof result.source === 'string' ? result.source : new TextDecoder().decode(result.source);
  return source.includes(anchor) ? { ...result, source: source.replace(anchor, guarded) } : result;
}
`;

let isRegistered = false;

export function guardPostgresDriver(): void {
  if (isRegistered) return;
  isRegistered = true;
  register(`data:text/javascript,${encodeURIComponent(hooks)}`);
}
