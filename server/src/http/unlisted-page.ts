import type { MiddlewareHandler } from 'hono';

/** Pages reached through a token link: never stored by a cache (the token is the key), never indexed. */
export const unlistedPage: MiddlewareHandler = async (c, next) => {
  await next();
  c.header('Cache-Control', 'no-store');
  c.header('X-Robots-Tag', 'noindex');
};
