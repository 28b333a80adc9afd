import type { Db } from '../../server/src/db/client.ts';
import { createSession } from '../../server/src/services/auth/sessions.ts';
import type { ProcedureType } from './procedures.ts';

/** A signed-in browser, reduced to what it sends: the two cookies and the CSRF header. */
export type Session = { cookie: string; csrf: string };
export type CallResult = {
  status: number;
  code: string | null;
  message: string | null;
  body: unknown;
  text: string;
};

/** A session row made directly, as sign-in would make it (keeps the per-address sign-in limit out of the way). */
export async function openSession(db: Db, userId: string, orgId: string | null): Promise<Session> {
  const s = await createSession(db, userId, orgId, 1);
  return { cookie: `rb_session=${s.token}; rb_csrf=${s.csrfToken}`, csrf: s.csrfToken };
}

export function sessionHeaders(baseUrl: string, session: Session | null): Record<string, string> {
  const headers: Record<string, string> = { origin: new URL(baseUrl).origin };
  if (session) {
    headers.cookie = session.cookie;
    headers['x-csrf-token'] = session.csrf;
  }
  return headers;
}

/**
 * One tRPC call over HTTP the way the dashboard makes it (unbatched): a query is a GET with `?input=`, a
 * mutation a POST with a JSON body. `input === undefined` sends none.
 */
export async function callProcedure(
  baseUrl: string,
  proc: { path: string; type: ProcedureType },
  input: unknown,
  session: Session | null,
  extraHeaders: Record<string, string> = {},
): Promise<CallResult> {
  const headers = { ...sessionHeaders(baseUrl, session), ...extraHeaders };
  const url = `${baseUrl}/trpc/${proc.path}`;
  const res =
    proc.type === 'mutation'
      ? await fetch(url, {
          method: 'POST',
          headers: { ...headers, 'content-type': 'application/json' },
          ...(input === undefined ? {} : { body: JSON.stringify(input) }),
        })
      : await fetch(input === undefined ? url : `${url}?input=${encodeURIComponent(JSON.stringify(input))}`, {
          headers,
          signal: AbortSignal.timeout(15_000),
        });
  const text = await readSome(res);
  let body: unknown = null;
  try {
    body = JSON.parse(text);
  } catch {
    // subscriptions answer with an event stream; the status is what matters then
  }
  const error = (body as { error?: { message?: string; data?: { code?: string } } } | null)?.error;
  return {
    status: res.status,
    code: error?.data?.code ?? null,
    message: error?.message ?? null,
    body,
    text,
  };
}

/** The body, or its first 256 KiB for streams that never end (subscriptions). */
async function readSome(res: Response): Promise<string> {
  if (!res.body) return '';
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  const deadline = Date.now() + 3_000;
  while (text.length < 262_144 && Date.now() < deadline) {
    const timeout = new Promise<null>((resolve) =>
      setTimeout(() => resolve(null), Math.max(1, deadline - Date.now())),
    );
    const chunk = await Promise.race([reader.read(), timeout]);
    if (!chunk || chunk.done) break;
    text += decoder.decode(chunk.value, { stream: true });
  }
  await reader.cancel().catch(() => {});
  return text;
}

/** Turn `/unsubscribe/:token/*` into a concrete URL path with harmless placeholder values. */
export function concretePath(routePath: string, placeholder = 'not-a-real-token-0000'): string {
  return routePath.replace(/:[A-Za-z_]\w*(\{[^}]*\})?\??/g, placeholder).replace(/\*+/g, placeholder);
}
