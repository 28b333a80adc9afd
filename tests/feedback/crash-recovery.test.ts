import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { and, eq, gte, sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { outbox } from '../../server/src/db/schema/index.ts';
import { launchCampaign } from '../../server/src/services/campaigns/launch-campaign.ts';
import { saveCampaign } from '../../server/src/services/campaigns/save-campaign.ts';
import { createTestDatabase, type TestDatabase } from '../support/db.ts';
import { type CrashSink, startCrashSink } from './crash-sink.ts';
import { insertClients, loadDemoWithLocation, template } from './helpers.ts';

const repoRoot = path.resolve(import.meta.dirname, '../..');

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', () => r()));
  const port = (s.address() as { port: number }).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

/** The real server, as production runs it: its own process, PostgreSQL, SMTP, workers on, one send at a time. */
function startSender(env: Record<string, string>): ChildProcess {
  return spawn('npx', ['tsx', 'server/src/main.ts'], {
    cwd: repoRoot,
    // Own process group: SIGKILL to the group takes npx, tsx and node down together, like a machine crash.
    detached: true,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      HOST: '127.0.0.1',
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'error',
      WORKERS_ENABLED: 'true',
      DEMO_SITE: 'false',
      POLL_CRON: '0 0 1 1 *',
      OUTBOX_LEASE_SECONDS: '2',
      OUTBOX_IDLE_MS: '50',
      APP_SECRET: 'test-secret-test-secret-0123456789',
      ...env,
    },
  });
}

function killHard(child: ChildProcess): Promise<void> {
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  if (child.pid) process.kill(-child.pid, 'SIGKILL');
  return exited;
}

async function waitFor(check: () => Promise<boolean> | boolean, timeoutMs: number, what: string) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('kill -9 of the sending process in the middle of a campaign (PostgreSQL)', () => {
  let db: TestDatabase | null = null;
  let sink: CrashSink | null = null;
  let dataDir = '';
  const children: ChildProcess[] = [];
  afterEach(async () => {
    for (const c of children)
      if (c.exitCode === null && c.signalCode === null && c.pid) process.kill(-c.pid, 'SIGKILL');
    await sink?.close();
    await db?.drop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  /**
   * `rcpt`: from the Nth RCPT TO on, the sink holds every reply; once each message the sink accepted is
   * recorded as sent, the sender is killed with messages on the wire. `stored`: killed (one send at a time)
   * right after the sink took message N and before its 250 reply: the window no SMTP client can close.
   */
  async function runCampaign(clientCount: number, killAt: { point: 'rcpt' | 'stored'; count: number }) {
    db = await createTestDatabase('postgres');
    dataDir = await mkdtemp(path.join(tmpdir(), 'rebound-crash-'));
    const demo = await loadDemoWithLocation(db.db);
    const people = Array.from({ length: clientCount }, (_, i) => ({
      name: `Client ${i}`,
      email: `client${i}@crash.example`,
    }));
    await insertClients(db.db, demo.orgId, people);
    const port = await freePort();
    const actor = { userId: null, label: 'test', name: 'Test' };
    const { campaignId } = await saveCampaign(db.db, demo.orgId, actor, {
      channel: 'email',
      smsTemplate: '',
      name: 'Crash campaign',
      locationId: demo.locationId,
      scale: 'five',
      audience: { mode: 'rules', servedWithinDays: 30, tags: [] },
      trackOpens: true,
      ratePerMinute: 100_000,
      frequencyCapDays: 90,
      ...template,
    });
    const settings = {
      publicUrl: `http://127.0.0.1:${port}`,
      fromAddress: 'no-reply@rebound.localhost',
      domain: 'rebound.localhost',
    };
    const launched = await launchCampaign(db.db, demo.orgId, actor, campaignId, settings);
    expect(launched.queued).toBe(clientCount);

    let first: ChildProcess | null = null;
    let killed: Promise<void> | null = null;
    let isHolding = false;
    let release = () => {};
    const held = new Promise<void>((r) => {
      release = r;
    });
    sink = await startCrashSink((point, count) => {
      if (point !== killAt.point || count < killAt.count || !first) return;
      if (point === 'stored') {
        killed ??= killHard(first);
        return;
      }
      isHolding = true;
      return held;
    });
    const concurrency = killAt.point === 'rcpt' ? '8' : '1';
    const env = {
      DATABASE_URL: db.url ?? '',
      SMTP_URL: sink.url,
      PORT: String(port),
      DATA_DIR: dataDir,
      OUTBOX_CONCURRENCY: concurrency,
    };
    first = startSender(env);
    children.push(first);
    const sentCount = async () =>
      (
        await (db as TestDatabase).db
          .select({ n: sql<number>`count(*)::int` })
          .from(outbox)
          .where(and(eq(outbox.orgId, demo.orgId), eq(outbox.status, 'sent')))
      )[0]?.n ?? 0;
    if (killAt.point === 'rcpt') {
      await waitFor(() => isHolding, 90_000, 'the hold point');
      // Other connections may still be sending the data of messages whose recipient was accepted before the
      // hold; kill only once none is on the wire and every stored message is recorded as sent.
      await waitFor(
        async () => sink?.inFlight() === 0 && (await sentCount()) === sink?.total(),
        30_000,
        'accepted messages to be recorded',
      );
      killed = killHard(first);
    } else {
      await waitFor(() => killed !== null, 90_000, 'the kill point');
    }
    await killed;
    release();
    const deliveredAtCrash = sink.total();

    const second = startSender(env);
    children.push(second);
    await waitFor(async () => (await sentCount()) === clientCount, 90_000, 'every message to be marked sent');
    await killHard(second);
    const resumed = await db.db
      .select({ to: outbox.toAddress })
      .from(outbox)
      .where(and(eq(outbox.orgId, demo.orgId), gte(outbox.attempts, 2)));
    return { people, deliveredAtCrash, resumed: resumed.map((r) => r.to) };
  }

  it('killed while a message is on the wire, the restart delivers every client exactly one message', async () => {
    const { people, deliveredAtCrash, resumed } = await runCampaign(1000, { point: 'rcpt', count: 400 });
    expect(deliveredAtCrash).toBeGreaterThanOrEqual(390);
    expect(deliveredAtCrash).toBeLessThan(400);
    // The message on the wire and the rest of its claimed batch were taken over after the lease ran out.
    expect(resumed.length).toBeGreaterThanOrEqual(1);
    const counts = people.map((p) => sink?.received.get(p.email)?.length ?? 0);
    expect(counts.filter((n) => n !== 1)).toEqual([]);
    expect(sink?.total()).toBe(1000);
  }, 180_000);

  it('killed after the mail server took a message but before its reply, that one client gets a second copy with the same Message-ID (the documented window), everyone else exactly one', async () => {
    const { people } = await runCampaign(40, { point: 'stored', count: 15 });
    const copies = people.map((p) => sink?.received.get(p.email) ?? []);
    const doubled = copies.filter((ids) => ids.length > 1);
    expect(doubled).toHaveLength(1);
    expect(new Set(doubled[0]).size).toBe(1);
    expect(copies.filter((ids) => ids.length === 0)).toEqual([]);
  }, 180_000);
});
