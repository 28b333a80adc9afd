import { type FetchPolicy, fetchDocument } from '@rebound/server/net/fetch-document';
import { clearRobotsCache, robotsAgentToken } from '@rebound/server/net/robots';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type MisbehavingServer,
  type RobotsMode,
  type Route,
  startMisbehavingServer,
} from '../support/misbehaving-server.ts';

const policy: Partial<FetchPolicy> = {
  allowList: ['127.0.0.0/8', '::1/128'],
  timeoutMs: 1_500,
  respectRobots: true,
};

let server: MisbehavingServer | null = null;
async function serve(robots: RobotsMode): Promise<MisbehavingServer> {
  const routes: Record<string, Route> = {
    '/redirect-to-private': (_req, res) => {
      res.writeHead(302, { location: '/private' });
      res.end();
    },
  };
  server = await startMisbehavingServer({ robots, routes });
  return server;
}
beforeEach(() => clearRobotsCache());
afterEach(async () => {
  await server?.close();
  server = null;
});

describe('robots.txt', () => {
  it('refuses a path disallowed for every robot without requesting it', async () => {
    const site = await serve('rules');
    const outcome = await fetchDocument(`${site.url}/private`, policy);
    expect(outcome.ok ? 'ok' : outcome.error.code).toBe('robots_disallowed');
    if (!outcome.ok) expect(outcome.error.message).toContain('robots.txt');
    expect(site.hits('/private')).toBe(0);
  });

  it('applies the group written for our product token and not for other agents', async () => {
    const site = await serve('rules');
    const ours = await fetchDocument(`${site.url}/no-monitors`, policy);
    expect(ours.ok ? 'ok' : ours.error.code).toBe('robots_disallowed');
    const other = await fetchDocument(`${site.url}/no-monitors`, { ...policy, userAgent: 'OtherBot/2.0' });
    expect(other.ok).toBe(true);
  });

  it('fetches robots.txt once per origin, also for concurrent requests', async () => {
    const site = await serve('rules');
    const outcomes = await Promise.all([1, 2, 3, 4].map(() => fetchDocument(`${site.url}/ok`, policy)));
    await fetchDocument(`${site.url}/private`, policy);
    expect(outcomes.every((outcome) => outcome.ok)).toBe(true);
    expect(site.hits('/robots.txt')).toBe(1);
  });

  it('checks robots.txt again for a path reached by redirect', async () => {
    const site = await serve('rules');
    const outcome = await fetchDocument(`${site.url}/redirect-to-private`, policy);
    expect(outcome.ok ? 'ok' : outcome.error.code).toBe('robots_disallowed');
    expect(site.hits('/redirect-to-private')).toBe(1);
    expect(site.hits('/private')).toBe(0);
  });

  it('allows everything when robots.txt is missing', async () => {
    const site = await serve('missing');
    expect((await fetchDocument(`${site.url}/private`, policy)).ok).toBe(true);
  });

  it('stays away while robots.txt answers with a server error', async () => {
    const site = await serve('server-error');
    const outcome = await fetchDocument(`${site.url}/ok`, policy);
    expect(outcome.ok ? 'ok' : outcome.error).toMatchObject({ code: 'robots_disallowed', retryable: true });
    expect(site.hits('/ok')).toBe(0);
  });

  it('is skipped entirely when the policy does not respect robots', async () => {
    const site = await serve('rules');
    expect((await fetchDocument(`${site.url}/private`, { ...policy, respectRobots: false })).ok).toBe(true);
    expect(site.hits('/robots.txt')).toBe(0);
  });

  it('matches groups on the product token of the user agent', () => {
    expect(robotsAgentToken('Rebound/0.1 (+review monitor)')).toBe('Rebound');
    expect(robotsAgentToken('Rebound')).toBe('Rebound');
  });
});
