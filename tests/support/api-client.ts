import { createTRPCClient, httpBatchLink } from '@trpc/client';
import type { AppRouter } from '../../server/src/trpc/router.ts';

/** A tRPC client that behaves like one browser: it keeps cookies and echoes the CSRF token, as the dashboard does. */
export function createBrowserLikeClient(baseUrl: string, opts: { origin?: string; sendCsrf?: boolean } = {}) {
  const jar = new Map<string, string>();
  const origin = opts.origin ?? baseUrl;
  const fetchWithCookies: typeof fetch = async (input, init) => {
    const headers = new Headers(init?.headers);
    if (jar.size) headers.set('cookie', [...jar].map(([k, v]) => `${k}=${v}`).join('; '));
    const csrf = jar.get('rb_csrf');
    if (csrf && opts.sendCsrf !== false) headers.set('x-csrf-token', csrf);
    headers.set('origin', origin);
    const res = await fetch(input, { ...init, headers });
    for (const cookie of res.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const eq = pair?.indexOf('=') ?? -1;
      if (!pair || eq < 0) continue;
      const name = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      if (value === '' || /max-age=0/i.test(cookie)) jar.delete(name);
      else jar.set(name, value);
    }
    return res;
  };
  const client = createTRPCClient<AppRouter>({
    links: [httpBatchLink({ url: `${baseUrl}/trpc`, fetch: fetchWithCookies })],
  });
  return { client, jar, fetch: fetchWithCookies };
}

export async function signedInClient(baseUrl: string, email: string, password: string) {
  const c = createBrowserLikeClient(baseUrl);
  await c.client.auth.signIn.mutate({ email, password });
  return c;
}
