import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { and, eq, sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { outbox } from '../../server/src/db/schema/index.ts';
import { createLogger } from '../../server/src/logger.ts';
import { buildNotice, createMailTransport } from '../../server/src/mail/index.ts';
import { claimDueMessages } from '../../server/src/services/outbox/claim-due-messages.ts';
import { enqueueEmails, startOutboxWorker } from '../../server/src/services/outbox/index.ts';
import { redactStoredMail } from '../../server/src/services/outbox/stored-mail.ts';
import { type CrashSink, startCrashSink } from '../feedback/crash-sink.ts';
import { loadDemoWithLocation } from '../feedback/helpers.ts';
import { createTestDatabase, engines, type TestDatabase } from '../support/db.ts';

async function enqueueNotices(db: TestDatabase, orgId: string, count: number) {
  const items = Array.from({ length: count }, (_, i) => ({
    mail: buildNotice({
      to: { name: null, address: `person${i}@worker.example` },
      from: { name: 'Rebound', address: 'alerts@rebound.example' },
      subject: `Notice ${i}`,
      text: `Notice number ${i}`,
      idempotencyKey: `worker-test-${i}`,
      domain: 'rebound.example',
      listUnsubscribeUrl: `https://rebound.example/u/token-${i}`,
    }),
    opts: { idempotencyKey: `worker-test-${i}`, kind: 'alert' },
  }));
  await enqueueEmails(db.db, orgId, items);
}

async function statusCounts(db: TestDatabase, orgId: string) {
  const rows = await db.db
    .select({
      status: outbox.status,
      n: sql<number>`count(*)::int`,
      leased: sql<number>`count(lease_owner)::int`,
    })
    .from(outbox)
    .where(eq(outbox.orgId, orgId))
    .groupBy(outbox.status);
  return Object.fromEntries(rows.map((r) => [r.status, { n: r.n, leased: r.leased }]));
}

async function waitFor(check: () => Promise<boolean>, what: string) {
  for (const until = Date.now() + 60_000; Date.now() < until; ) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe.each(engines)('outbox worker on %s', (engine) => {
  let db: TestDatabase | null = null;
  let sink: CrashSink | null = null;
  afterEach(async () => {
    await sink?.close();
    await db?.drop();
  });

  function startWorker(database: TestDatabase, name: string, concurrency: number) {
    const url = sink?.url ?? '';
    return startOutboxWorker({
      db: database.db,
      log: createLogger('silent'),
      worker: name,
      transport: createMailTransport({ smtpUrl: url, outboxDir: '/nonexistent', connections: concurrency }),
      policies: {},
      concurrency,
      leaseSeconds: 60,
      idleMs: 20,
    });
  }

  it('one batched claim locks each due message for one worker only, up to the limit, lease and attempt included', async () => {
    db = await createTestDatabase(engine);
    const { orgId } = await loadDemoWithLocation(db.db);
    await enqueueNotices(db, orgId, 30);
    const [a, b, c] = await Promise.all([
      claimDueMessages(db.db, 'a', { limit: 12, leaseSeconds: 60 }),
      claimDueMessages(db.db, 'b', { limit: 12, leaseSeconds: 60 }),
      claimDueMessages(db.db, 'c', { limit: 12, leaseSeconds: 60 }),
    ]);
    // 12 + 12 + 12 asked for, 30 due: every message claimed exactly once, none by two workers.
    const ids = [...a, ...b, ...c].map((m) => m.id);
    expect(ids).toHaveLength(30);
    expect(new Set(ids).size).toBe(30);
    for (const batch of [a, b, c]) expect(batch.length).toBeLessThanOrEqual(12);
    expect(a.every((m) => m.status === 'sending' && m.leaseOwner === 'a' && m.attempts === 1)).toBe(true);
    expect(await claimDueMessages(db.db, 'd', { limit: 12, leaseSeconds: 60 })).toEqual([]);
  });

  it('two workers with pooled connections send 120 messages: each client gets exactly one, every row ends sent with no lease', async () => {
    db = await createTestDatabase(engine);
    const { orgId } = await loadDemoWithLocation(db.db);
    sink = await startCrashSink(() => {});
    await enqueueNotices(db, orgId, 120);
    const queued = await db.db
      .select({ id: outbox.id, payload: outbox.payload })
      .from(outbox)
      .where(eq(outbox.orgId, orgId));
    const workers = [startWorker(db, 'one', 4), startWorker(db, 'two', 4)];
    const database = db;
    await waitFor(async () => (await statusCounts(database, orgId)).sent?.n === 120, 'every row sent');
    await Promise.all(workers.map((w) => w.stop()));
    expect(sink.received.size).toBe(120);
    expect([...sink.received.values()].filter((ids) => ids.length !== 1)).toEqual([]);
    expect(await statusCounts(db, orgId)).toEqual({ sent: { n: 120, leased: 0 } });
    // Sent rows keep who, what and when, but not the body or the unsubscribe link (they carry tokens).
    const sent = await db.db
      .select({ id: outbox.id, payload: outbox.payload, sentAt: outbox.sentAt })
      .from(outbox)
      .where(eq(outbox.orgId, orgId));
    const before = new Map(queued.map((r) => [r.id, r.payload]));
    for (const row of sent) {
      const original = before.get(row.id);
      if (!original || !('subject' in original)) throw new Error('queued e-mail payload missing');
      expect(original.listUnsubscribeUrl).toMatch(/token-/);
      expect(row.payload).toEqual(redactStoredMail(original));
      expect(row.sentAt).toBeInstanceOf(Date);
    }
  });

  it('without SMTP the worker writes one .eml file per message, named by its Message-ID, and marks each sent', async () => {
    db = await createTestDatabase(engine);
    const { orgId } = await loadDemoWithLocation(db.db);
    const dir = await mkdtemp(path.join(tmpdir(), 'rebound-outbox-'));
    try {
      await enqueueNotices(db, orgId, 25);
      const worker = startOutboxWorker({
        db: db.db,
        log: createLogger('silent'),
        worker: 'files',
        transport: createMailTransport({ smtpUrl: null, outboxDir: dir }),
        policies: {},
        concurrency: 4,
        leaseSeconds: 60,
        idleMs: 20,
      });
      const database = db;
      await waitFor(async () => (await statusCounts(database, orgId)).sent?.n === 25, 'every row sent');
      await worker.stop();
      const files = (await readdir(dir)).filter((f) => f.endsWith('.eml'));
      expect(files).toHaveLength(25);
      expect(files).toContain('worker-test-7@rebound.example.eml');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('a graceful stop finishes the sends in flight and hands claimed, unstarted messages back without counting an attempt', async () => {
    db = await createTestDatabase(engine);
    const { orgId } = await loadDemoWithLocation(db.db);
    let release = () => {};
    const held = new Promise<void>((r) => {
      release = r;
    });
    // From the 5th recipient on, the server holds its reply: those sends stay in flight until released.
    sink = await startCrashSink((point, count) => (point === 'rcpt' && count >= 5 ? held : undefined));
    await enqueueNotices(db, orgId, 40);
    const worker = startWorker(db, 'stopping', 2);
    const database = db;
    await waitFor(async () => (await statusCounts(database, orgId)).sent?.n === 4, 'the first four sent');
    const stopped = worker.stop();
    release();
    await stopped;
    const counts = await statusCounts(db, orgId);
    // 4 sent before the hold, the 2 held sends (one per connection) finished after it; nothing left leased.
    expect(counts.sent).toEqual({ n: 6, leased: 0 });
    expect(counts.queued).toEqual({ n: 34, leased: 0 });
    expect(counts.sending).toBeUndefined();
    expect(sink.total()).toBe(6);
    const requeued = await db.db
      .select({ attempts: outbox.attempts })
      .from(outbox)
      .where(and(eq(outbox.orgId, orgId), eq(outbox.status, 'queued')));
    expect(requeued.every((r) => r.attempts === 0)).toBe(true);
  });
});
