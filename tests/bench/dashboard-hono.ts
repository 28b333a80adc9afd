/** A bare Hono route on @hono/node-server: the ceiling the dashboard's tRPC throughput is compared with. */
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const app = new Hono();
app.get('/bare', (c) => c.json({ ok: true, at: Date.now() }));
// The benchmark passes a free port as the first argument.
const server = serve({ fetch: app.fetch, port: Number(process.argv[2] ?? 0), hostname: '127.0.0.1' });
process.on('SIGTERM', () => server.close(() => process.exit(0)));
