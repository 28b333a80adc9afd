/**
 * The benchmark's companion server: bare Hono routes on @hono/node-server that the dashboard's tRPC throughput is
 * compared with.
 * - GET /overview does the same work as the tRPC `trends.overview` call, without tRPC and our procedure ladder:
 *   the session read from the cookie (readSession, as createContext does), the role check, the input parsed with
 *   the same zod schema, the same getOverview call on a pool of the same size, and the result as JSON. tRPC's
 *   requests/s ÷ this route's is `trpc_vs_hono_rps_ratio`: what tRPC and the procedure ladder cost on top of it.
 * - GET /bare answers a constant: the ceiling of the HTTP stack alone (`trpc_vs_trivial_hono_rps_ratio`).
 * Usage: dashboard-hono.ts <port>; DATABASE_URL names the benchmark database.
 */
import { serve } from '@hono/node-server';
import { trendsFilterInput } from '@rebound/shared';
import { Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import { openDatabase } from '../../server/src/db/client.ts';
import { SESSION_COOKIE } from '../../server/src/http/security.ts';
import { readSession } from '../../server/src/services/auth/sessions.ts';
import { getOverview } from '../../server/src/services/trends/get-overview.ts';

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) throw new Error('DATABASE_URL is required');
// No poolSize: the same default pool as the server the tRPC figures come from.
const database = await openDatabase({ databaseUrl });
const readers = new Set(['owner', 'manager', 'admin']);

const app = new Hono();
app.get('/bare', (c) => c.json({ ok: true, at: Date.now() }));
app.get('/overview', async (c) => {
  const token = getCookie(c, SESSION_COOKIE);
  const session = token ? await readSession(database.db, token) : null;
  if (!session) return c.json({ error: 'Please sign in' }, 401);
  if (!session.orgId || !session.role || !readers.has(session.role))
    return c.json({ error: 'Forbidden' }, 403);
  let raw: unknown;
  try {
    raw = JSON.parse(c.req.query('input') ?? 'null');
  } catch {
    return c.json({ error: 'Bad input' }, 400);
  }
  const input = trendsFilterInput.safeParse(raw);
  if (!input.success) return c.json({ error: 'Bad input' }, 400);
  return c.json(await getOverview(database.db, session.orgId, input.data));
});

// The benchmark passes a free port as the first argument.
const server = serve({ fetch: app.fetch, port: Number(process.argv[2] ?? 0), hostname: '127.0.0.1' });
process.on('SIGTERM', () => server.close(() => void database.close().finally(() => process.exit(0))));
