import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../server/src/db/client.ts';
import { migrateDatabase } from '../../server/src/db/migrate.ts';
import { demoUsers, loadDemo } from '../../server/src/demo/load-demo.ts';
import { signedInClient } from '../support/api-client.ts';
import { freePort, type SpawnedServer, spawnServer } from './support.ts';

/** The newest PostgreSQL server binaries on this machine, if any. */
function findPgBin(): string | null {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter(
      (v) => existsSync(path.join(root, v, 'bin/pg_ctl')) && existsSync(path.join(root, v, 'bin/initdb')),
    )
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(root, versions[0], 'bin') : null;
}

const pgBin = findPgBin();
const isRoot = process.getuid?.() === 0;
const owner = demoUsers.find((u) => u.role === 'owner');
if (!pgBin)
  console.warn('PostgreSQL server binaries not found under /usr/lib/postgresql: the restart test is skipped');

/** initdb and pg_ctl refuse to run as root; run them as the postgres user then. */
function pgTool(tool: string, args: string[]): string {
  const bin = path.join(pgBin ?? '', tool);
  const [cmd, argv] = isRoot ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
  return execFileSync(cmd, argv, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

async function waitUntil(check: () => Promise<boolean>, ms: number): Promise<number> {
  const started = Date.now();
  let last: unknown = 'not yet';
  while (Date.now() - started < ms) {
    if (
      await check().catch((e) => {
        last = e;
        return false;
      })
    )
      return Date.now() - started;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`not recovered within ${ms} ms: ${String(last)}`);
}

describe.skipIf(!pgBin)('a private PostgreSQL restarted under a running server', { timeout: 120_000 }, () => {
  let dir = '';
  let port = 0;
  let server: SpawnedServer | null = null;
  const pgCtl = (...args: string[]) =>
    pgTool('pg_ctl', [
      '-D',
      path.join(dir, 'data'),
      '-l',
      path.join(dir, 'postgres.log'),
      '-w',
      '-t',
      '30',
      ...args,
    ]);
  const startPg = () =>
    pgCtl(
      'start',
      '-o',
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off`,
    );

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'rebound-pg-'));
    await chmod(dir, 0o777);
    port = await freePort();
    pgTool('initdb', [
      '-D',
      path.join(dir, 'data'),
      '-U',
      'postgres',
      '-A',
      'trust',
      '--no-sync',
      '-E',
      'UTF8',
    ]);
    startPg();
    const admin = postgres(`postgres://postgres@127.0.0.1:${port}/postgres`, { max: 1, onnotice: () => {} });
    await admin.unsafe('create database rebound');
    await admin.end();
    const url = `postgres://postgres@127.0.0.1:${port}/rebound`;
    const database = await openDatabase({ databaseUrl: url, poolSize: 1 });
    await migrateDatabase(database);
    await loadDemo(database.db);
    await database.close();
    server = await spawnServer({
      DATABASE_URL: url,
      PORT: String(await freePort()),
      WORKERS_ENABLED: 'true',
      POLL_CRON: '* * * * * *',
    });
  });

  afterAll(async () => {
    if (server && server.child.exitCode !== null) console.error(server.output());
    server?.child.kill('SIGKILL');
    if (dir) {
      try {
        pgCtl('stop', '-m', 'immediate');
      } catch {
        // already stopped
      }
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('reports the database down with 503 while it is stopped and serves again within seconds of its return, without a restart', async () => {
    if (!server || !owner) throw new Error('setup failed');
    const url = server.url;
    const health = async () => (await fetch(`${url}/health`)).status;
    expect(await health()).toBe(200);
    const browser = await signedInClient(url, owner.email, owner.password);
    const inbox = () => browser.client.reviews.inbox.query({});
    expect(await browser.client.auth.me.query()).toMatchObject({ email: owner.email });
    await inbox();

    pgCtl('stop', '-m', 'fast');
    const down = await fetch(`${url}/health`);
    expect(down.status).toBe(503);
    expect(await down.json()).toMatchObject({ database: 'down' });
    await expect(inbox()).rejects.toThrow();
    // Requests keep coming while it is down, each a failed try at a connection: the driver's wait before its next
    // try must not have grown past the database's return.
    // Sent without waiting for each answer, as requests from many browsers and the poller's ticks would be.
    const whileDown: Promise<number>[] = [];
    for (const until = Date.now() + 5_000; Date.now() < until; ) {
      whileDown.push(health());
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(new Set(await Promise.all(whileDown))).toEqual(new Set([503]));

    startPg();
    const recoveredIn = await waitUntil(async () => (await health()) === 200, 10_000);
    expect(recoveredIn).toBeLessThan(10_000);
    // The same session (kept in the database) still works: nothing had to sign in again.
    await waitUntil(async () => (await browser.client.auth.me.query())?.email === owner.email, 5_000);
    await inbox();

    // And once more with a restart in one step.
    pgCtl('restart', '-m', 'fast', '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`);
    await waitUntil(async () => (await health()) === 200, 10_000);
    await waitUntil(async () => Boolean(await inbox()), 5_000);

    expect(server.child.exitCode).toBeNull();
    expect(server.output()).not.toMatch(/uncaught|unhandled rejection/i);
  });
});
