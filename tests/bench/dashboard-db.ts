/**
 * The benchmark's database: a fresh one per run (dropped afterwards), or with BENCH_KEEP_DB=<name> a named one that
 * is generated once and reused by later runs, so measuring a change does not pay for the 1M-review load each time.
 * A reused database is trusted only when its comment records a finished load of the same size.
 */
import postgres from 'postgres';
import { adminUrl, createPostgresDatabase } from '../support/db.ts';
import { type BenchData, generateBenchData } from './generate.ts';

export type BenchDatabase = { url: string; data: BenchData; isReused: boolean; release(): Promise<void> };

type Stamp = { kind: 'rebound-bench'; reviews: number; data: BenchData };

const NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export async function openBenchDatabase(opts: {
  reviews: number;
  keep: string | undefined;
  log: (m: string) => void;
}): Promise<BenchDatabase> {
  if (!opts.keep) {
    const pg = await createPostgresDatabase();
    try {
      const data = await generateBenchData(pg.url, { reviews: opts.reviews, locations: 200, log: opts.log });
      return { url: pg.url, data, isReused: false, release: () => pg.drop() };
    } catch (error) {
      await pg.drop();
      throw error;
    }
  }
  if (!NAME.test(opts.keep))
    throw new Error(`BENCH_KEEP_DB must be a plain lower-case name, got ${opts.keep}`);
  const name = opts.keep;
  const url = adminUrl.replace(/\/[^/]*$/, `/${name}`);
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    const found = await admin<{ comment: string | null }[]>`
      select shobj_description(oid, 'pg_database') as comment from pg_database where datname = ${name}`;
    const stamp = parseStamp(found[0]?.comment ?? null);
    if (stamp && stamp.reviews === opts.reviews) {
      opts.log(`  reusing database ${name} (${stamp.reviews} reviews)`);
      return { url, data: stamp.data, isReused: true, release: async () => {} };
    }
    // Missing, a different size, or a load that never finished: start over.
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.unsafe(`create database ${name}`);
    const data = await generateBenchData(url, { reviews: opts.reviews, locations: 200, log: opts.log });
    const stampText: Stamp = { kind: 'rebound-bench', reviews: opts.reviews, data };
    await admin.unsafe(`comment on database ${name} is '${JSON.stringify(stampText).replace(/'/g, "''")}'`);
    opts.log(`  kept database ${name} for the next run (drop it when done)`);
    return { url, data, isReused: false, release: async () => {} };
  } finally {
    await admin.end();
  }
}

function parseStamp(comment: string | null): Stamp | null {
  if (!comment) return null;
  try {
    const parsed = JSON.parse(comment) as Partial<Stamp>;
    return parsed.kind === 'rebound-bench' && typeof parsed.reviews === 'number' && parsed.data
      ? (parsed as Stamp)
      : null;
  } catch {
    return null;
  }
}
