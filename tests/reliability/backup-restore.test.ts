import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync, gzipSync } from 'node:zlib';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Engine, openDatabase } from '../../server/src/db/client.ts';
import { migrateDatabase } from '../../server/src/db/migrate.ts';
import { reviews, sources } from '../../server/src/db/schema/index.ts';
import { loadDemo } from '../../server/src/demo/load-demo.ts';
import { createDemoSite } from '../../server/src/demo/site.ts';
import { createLogger } from '../../server/src/logger.ts';
import { digestDatabase } from '../../server/src/services/backup/digest.ts';
import { BackupError } from '../../server/src/services/backup/format.ts';
import { restoreBackup } from '../../server/src/services/backup/restore-backup.ts';
import { writeBackup } from '../../server/src/services/backup/write-backup.ts';
import { startPoller } from '../../server/src/services/polling/scheduler.ts';
import { drainReviewEffects } from '../../server/src/services/review-effects/effects-worker.ts';
import { createTestDatabase, type TestDatabase } from '../support/db.ts';
import { repoRoot, testSecret } from './support.ts';

const run = promisify(execFile);
const hostileText =
  'Emoji 🎉, "quotes", back\\slash, tab\there, new\nline, <b>tags</b> and a zero-width\u200bspace';

/** A database with the demo loaded and polled (reviews, drafts, runs, audit) plus one review of hostile text. */
async function populated(engine: Engine): Promise<TestDatabase> {
  const database = await createTestDatabase(engine);
  const { orgId } = await loadDemo(database.db);
  const site = createDemoSite('Backup Test Cycles');
  const poller = startPoller(
    {
      db: database.db,
      worker: 'backup-test',
      log: createLogger('silent'),
      fetcher: async (url) => {
        const res = await site.request(url.replace('/demo-site', '') || '/');
        const body = await res.text();
        return {
          ok: true,
          status: res.status,
          body,
          url: `http://demo.invalid${url}`,
          contentType: res.headers.get('content-type'),
          etag: null,
          lastModified: null,
          notModified: false,
          headers: {},
        };
      },
    },
    { cronExpression: null },
  );
  const [source] = await database.db.select({ id: sources.id }).from(sources).where(eq(sources.orgId, orgId));
  if (!source) throw new Error('demo source missing');
  const outcome = await poller.pollNow(orgId, source.id);
  expect(outcome?.result?.created).toBeGreaterThan(0);
  await drainReviewEffects(database.db);
  const [first] = await database.db
    .select({ id: reviews.id })
    .from(reviews)
    .where(eq(reviews.orgId, orgId))
    .limit(1);
  await database.db
    .update(reviews)
    .set({ text: hostileText })
    .where(eq(reviews.id, first?.id ?? ''));
  return database;
}

const pairs: [Engine, Engine][] = [
  ['pglite', 'pglite'],
  ['postgres', 'postgres'],
  ['pglite', 'postgres'],
  ['postgres', 'pglite'],
];

describe('backup and restore', () => {
  const sourcesByEngine = new Map<Engine, TestDatabase>();
  const files = new Map<Engine, string>();
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'rebound-backup-'));
    for (const engine of ['pglite', 'postgres'] as const) {
      const database = await populated(engine);
      sourcesByEngine.set(engine, database);
      const file = path.join(dir, `${engine}.jsonl.gz`);
      await writeBackup(database.db, engine, file);
      files.set(engine, file);
    }
  });
  afterAll(async () => {
    for (const d of sourcesByEngine.values()) await d.drop();
    await rm(dir, { recursive: true, force: true });
  });

  it('writes a gzip JSON Lines file with a header (format, migration level, time) and a closing line', async () => {
    const lines = gunzipSync(await readFile(files.get('pglite') ?? ''))
      .toString('utf8')
      .trim()
      .split('\n');
    const header = JSON.parse(lines[0] ?? '{}');
    expect(header).toMatchObject({ format: 'rebound-backup', version: 1, engine: 'pglite' });
    expect(header.migrations.count).toBeGreaterThan(0);
    expect(Date.parse(header.createdAt)).toBeGreaterThan(Date.now() - 600_000);
    // Parents before children: organizations come before the reviews that belong to them.
    const names: string[] = header.tables.map((t: { name: string }) => t.name);
    expect(names.indexOf('organizations')).toBeLessThan(names.indexOf('reviews'));
    expect(names.indexOf('reviews')).toBeLessThan(names.indexOf('reply_drafts'));
    expect(JSON.parse(lines.at(-1) ?? '{}').end).toBe(true);
  });

  it.each(pairs)(
    'restores a %s backup into an empty %s database with equal row counts and content per table',
    async (from, to) => {
      const target = await createTestDatabase(to);
      try {
        await restoreBackup(target.db, files.get(from) ?? '');
        const expected = await digestDatabase(sourcesByEngine.get(from)?.db ?? target.db);
        const actual = await digestDatabase(target.db);
        expect(actual).toEqual(expected);
        expect(actual.reviews?.rows).toBeGreaterThan(5);
        const [hostile] = await target.db
          .select({ text: reviews.text })
          .from(reviews)
          .where(eq(reviews.text, hostileText));
        expect(hostile?.text).toBe(hostileText);
      } finally {
        await target.drop();
      }
    },
  );

  it('refuses a database that holds data unless forced, and a forced restore replaces it exactly', async () => {
    const target = await createTestDatabase('postgres');
    try {
      await loadDemo(target.db);
      await expect(restoreBackup(target.db, files.get('pglite') ?? '')).rejects.toThrow(/already holds data/);
      const summary = await restoreBackup(target.db, files.get('pglite') ?? '', { force: true });
      expect(summary.replacedExisting).toBe(true);
      expect(await digestDatabase(target.db)).toEqual(
        await digestDatabase(sourcesByEngine.get('pglite')?.db ?? target.db),
      );
    } finally {
      await target.drop();
    }
  });

  it('rejects a truncated backup and leaves the database untouched', async () => {
    const text = gunzipSync(await readFile(files.get('postgres') ?? '')).toString('utf8');
    const cut = path.join(dir, 'cut.jsonl.gz');
    await writeFile(cut, gzipSync(text.slice(0, Math.floor(text.length * 0.7)).replace(/\n[^\n]*$/, '\n')));
    const target = await createTestDatabase('pglite');
    try {
      const error = await restoreBackup(target.db, cut).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BackupError);
      expect(String(error)).toMatch(/incomplete/);
      const digests = await digestDatabase(target.db);
      expect(Object.values(digests).every((d) => d.rows === 0)).toBe(true);
    } finally {
      await target.drop();
    }
  });

  it('`rebound backup` writes the embedded data folder and `rebound restore` refuses a folder with data in a plain message', async () => {
    const cli = (args: string[], dataDir: string) =>
      run(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'server/src/cli/index.ts'), ...args], {
        cwd: repoRoot,
        env: { PATH: process.env.PATH ?? '', DATA_DIR: dataDir, APP_SECRET: testSecret, LOG_LEVEL: 'silent' },
      });
    const dataDir = path.join(dir, 'cli-data');
    const embedded = await openDatabase({ dataDir });
    await migrateDatabase(embedded);
    await loadDemo(embedded.db);
    await embedded.close();
    const file = path.join(dir, 'cli.jsonl.gz');
    expect((await cli(['backup', file], dataDir)).stdout).toMatch(
      /^backup written to .*cli\.jsonl\.gz: \d+ tables, \d+ rows, \d+ bytes\n$/,
    );
    const refused = await cli(['restore', file], dataDir).catch((e: { code: number; stderr: string }) => e);
    expect(refused).toMatchObject({ code: 1 });
    expect((refused as { stderr: string }).stderr).toMatch(
      /^rebound: This database already holds data \(.*\); restore into an empty one, or pass --force to replace it\n$/,
    );
  }, 180_000);
});
