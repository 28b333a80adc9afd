import { createHash, timingSafeEqual } from 'node:crypto';
import { getConnInfo } from '@hono/node-server/conninfo';
import { type Context, Hono } from 'hono';
import { renderMetrics } from './metrics.ts';

const digest = (value: string) => createHash('sha256').update(value).digest();

function isLoopback(c: Context): boolean {
  // A reverse proxy on the same host makes every visitor look local; its forwarding header gives it away.
  if (c.req.header('x-forwarded-for') || c.req.header('forwarded')) return false;
  try {
    const address = getConnInfo(c).remote.address ?? '';
    return address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.');
  } catch {
    return false;
  }
}

/**
 * GET /metrics in Prometheus text format. With a token configured, a scraper must send it as a bearer token;
 * without one, only connections from this machine (and not through a proxy) may read it.
 */
export function createMetricsRoute(token: string | undefined) {
  const app = new Hono();
  app.get('/', async (c) => {
    if (token) {
      const sent = /^Bearer (.+)$/.exec(c.req.header('authorization') ?? '')?.[1] ?? '';
      if (!timingSafeEqual(digest(sent), digest(token))) {
        c.header('www-authenticate', 'Bearer realm="metrics"');
        return c.text('A valid metrics token is required\n', 401);
      }
    } else if (!isLoopback(c)) {
      return c.text(
        'Metrics are served to this machine only; set METRICS_TOKEN to scrape from elsewhere\n',
        403,
      );
    }
    const { body, contentType } = await renderMetrics();
    c.header('cache-control', 'no-store');
    return c.body(body, 200, { 'content-type': contentType });
  });
  return app;
}
