import { fetchDocument } from '@rebound/server/net/fetch-document';
import { createHostLimiter, hostKeyOf } from '@rebound/server/net/host-limiter';
import { describe, expect, it } from 'vitest';
import { type Route, startMisbehavingServer } from '../support/misbehaving-server.ts';

function deferred() {
  let release = (): void => undefined;
  const done = new Promise<void>((resolve) => {
    release = resolve;
  });
  return { done, release };
}

describe('createHostLimiter', () => {
  it('keeps at most two requests in flight per host while other hosts proceed', async () => {
    const limiter = createHostLimiter(2);
    let running = 0;
    let peak = 0;
    const gates = Array.from({ length: 5 }, deferred);
    const tasks = gates.map((gate) =>
      limiter.run('https://reviews.example/a', async () => {
        running += 1;
        peak = Math.max(peak, running);
        await gate.done;
        running -= 1;
      }),
    );
    let otherHostRan = false;
    await limiter.run('https://other.example/', async () => {
      otherHostRan = true;
    });
    expect(otherHostRan).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(running).toBe(2);
    for (const gate of gates) gate.release();
    await Promise.all(tasks);
    expect(peak).toBe(2);
  });

  it('forgets idle hosts, also after a task fails', async () => {
    const limiter = createHostLimiter();
    await limiter.run('https://a.example/', async () => 1);
    await expect(
      limiter.run('https://b.example/', async () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(limiter.activeHosts()).toBe(0);
  });

  it('keys hosts by name and port, case-insensitively', () => {
    expect(hostKeyOf('https://Reviews.Example/x?y')).toBe('reviews.example');
    expect(hostKeyOf('http://reviews.example:8080/')).toBe('reviews.example:8080');
    expect(hostKeyOf('Reviews.Example')).toBe('reviews.example');
  });
});

describe('fetchDocument and the host limit', () => {
  it('never has more than two requests in flight at one site', async () => {
    let inFlight = 0;
    let peak = 0;
    const slow: Route = (_req, res) => {
      inFlight += 1;
      peak = Math.max(peak, inFlight);
      setTimeout(() => {
        inFlight -= 1;
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end('done');
      }, 80);
    };
    const site = await startMisbehavingServer({ routes: { '/slow': slow } });
    try {
      const policy = { allowList: ['127.0.0.0/8'], respectRobots: false, timeoutMs: 5_000 };
      const outcomes = await Promise.all(
        Array.from({ length: 6 }, () => fetchDocument(`${site.url}/slow`, policy)),
      );
      expect(outcomes.every((outcome) => outcome.ok)).toBe(true);
      expect(site.hits('/slow')).toBe(6);
      expect(peak).toBe(2);
    } finally {
      await site.close();
    }
  });
});
