import { afterEach, describe, expect, it } from 'vitest';
import { type SpawnedServer, spawnServer } from '../support/spawn-server.ts';

const setupLine = /Open this one-time link to create your organization[^\n]*\n\s+(http\S+\/setup#token=\S+)/g;

// A first embedded start creates and migrates a fresh database; on a busy machine that takes well over the usual
// start allowance, and these tests are about what is printed, not how fast.
const EMBEDDED_START_MS = 90_000;
const TEST_MS = 150_000;

async function waitFor(check: () => boolean, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function browse(url: string) {
  for (const path of ['/', '/sign-in', '/trpc/auth.me', '/trpc/auth.setupPending', '/nowhere'])
    await fetch(`${url}${path}`).then((r) => r.arrayBuffer());
}

describe('a first start in embedded mode', () => {
  let server: SpawnedServer | null = null;
  afterEach(async () => {
    await server?.stop();
    server = null;
  });

  it(
    'writes no request lines by default and prints the setup link again at the end of start-up',
    async () => {
      server = await spawnServer({ WORKERS_ENABLED: 'false' }, { startTimeoutMs: EMBEDDED_START_MS });
      await browse(server.url);
      const current = server;
      await waitFor(() => [...current.output().matchAll(setupLine)].length >= 2, 20_000);
      const links = [...current.output().matchAll(setupLine)].map((m) => m[1]);
      expect(links).toHaveLength(2);
      expect(links[0]).toBe(links[1]);
      expect(current.output()).not.toContain('"msg":"request"');
      const pending = (await fetch(`${current.url}/trpc/auth.setupPending`).then((r) => r.json())) as {
        result: { data: { isPending: boolean } };
      };
      expect(pending.result.data).toEqual({ isPending: true });
      // The token is only ever in the terminal, never in what a visitor can fetch.
      const token = links[0]?.split('#token=')[1] ?? 'missing';
      expect(JSON.stringify(pending)).not.toContain(token);
    },
    TEST_MS,
  );

  it(
    'writes every request with REQUEST_LOG_LEVEL=info',
    async () => {
      server = await spawnServer(
        { WORKERS_ENABLED: 'false', REQUEST_LOG_LEVEL: 'info' },
        { startTimeoutMs: EMBEDDED_START_MS },
      );
      await browse(server.url);
      const current = server;
      await waitFor(() => (current.output().match(/"msg":"request"/g) ?? []).length >= 5, 10_000);
      expect(current.output()).toContain('"path":"/sign-in"');
    },
    TEST_MS,
  );
});
