/**
 * Benchmark data: one organization with N reviews across L locations (two sources each) over two years, with
 * realistic shapes: J-shaped ratings that differ by location, complaint themes on negative reviews, replies for most
 * reviews (negatives more often and faster), some reviewers raising their rating after a reply, a few removals
 * and bursts of negatives. Rows go in through COPY (triggers off for the load), then rollups are built in SQL.
 * Usage: npx tsx tests/bench/generate.ts postgres://.../db [reviews]
 */

import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { sql as sqlTag } from 'drizzle-orm';
import postgres from 'postgres';
import { openDatabase } from '../../server/src/db/client.ts';
import { migrateDatabase } from '../../server/src/db/migrate.ts';
import { locations, memberships, sources, users } from '../../server/src/db/schema/index.ts';
import { hashPassword } from '../../server/src/services/auth/password.ts';
import { createOrganizationWithOwner } from '../../server/src/services/orgs/create-organization-with-owner.ts';
import { rebuildAllRollups } from '../../server/src/services/rollups/rebuild-all-rollups.ts';
import { createRandom, type Random } from './dashboard-random.ts';

export type BenchData = {
  orgId: string;
  manager: { email: string; password: string };
  locationIds: string[];
  firstDay: string;
  lastDay: string;
  timings: { copy_reviews_ms: number; copy_replies_ms: number; build_rollups_ms: number };
};

const COMPLAINTS = [
  'wait_time',
  'staff_attitude',
  'price',
  'quality',
  'cleanliness',
  'communication',
  'booking',
  'billing',
] as const;
const PRAISE = ['staff_attitude', 'quality', 'price', 'speed'] as const;
const WORDS = [
  'service',
  'visit',
  'team',
  'booking',
  'price',
  'repair',
  'order',
  'staff',
  'wait',
  'result',
  'call',
  'room',
];

const esc = (v: string) =>
  v.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
const arr = (items: readonly string[]) => `{${items.join(',')}}`;
const N = '\\N';

function ratingFor(rnd: Random, quality: number): number {
  // J-shaped: most reviews are 5★, a tail of 1★; better locations shift weight upwards.
  const r = rnd.next();
  const oneStar = 0.1 - quality * 0.05;
  if (r < oneStar) return 1;
  if (r < oneStar + 0.06) return 2;
  if (r < oneStar + 0.14) return 3;
  if (r < oneStar + 0.34 - quality * 0.05) return 4;
  return 5;
}

export async function generateBenchData(
  databaseUrl: string,
  opts: {
    reviews?: number;
    locations?: number;
    days?: number;
    seed?: number;
    log?: (m: string) => void;
  } = {},
): Promise<BenchData> {
  const total = opts.reviews ?? 1_000_000;
  const locationCount = opts.locations ?? 200;
  const days = opts.days ?? 730;
  const log = opts.log ?? (() => {});
  const rnd = createRandom(opts.seed ?? 7);
  const timings = { copy_reviews_ms: 0, copy_replies_ms: 0, build_rollups_ms: 0 };
  const database = await openDatabase({ databaseUrl, poolSize: 2 });
  await migrateDatabase(database);
  const { db } = database;
  const { orgId } = await createOrganizationWithOwner(db, {
    orgName: 'Bench Chain',
    orgSlug: 'bench',
    postalAddress: '1 Bench Road',
    ownerName: 'Bench Owner',
    ownerEmail: 'owner@bench.example',
    ownerPassword: 'bench-owner-pass',
  });
  const manager = { email: 'manager@bench.example', password: 'bench-manager-pass' };
  const [m] = await db
    .insert(users)
    .values({
      email: manager.email,
      name: 'Bench Manager',
      passwordHash: await hashPassword(manager.password),
    })
    .returning({ id: users.id });
  if (!m) throw new Error('manager not created');
  await db.insert(memberships).values({ orgId, userId: m.id, role: 'manager' });
  const locs = await db
    .insert(locations)
    .values(
      Array.from({ length: locationCount }, (_, i) => ({
        orgId,
        name: `Branch ${String(i + 1).padStart(3, '0')}`,
      })),
    )
    .returning({ id: locations.id });
  const srcRows = await db
    .insert(sources)
    .values(
      locs.flatMap((l, i) => [
        { orgId, locationId: l.id, kind: 'google' as const, name: `Google · Branch ${i + 1}` },
        { orgId, locationId: l.id, kind: 'feed' as const, name: `Feed · Branch ${i + 1}` },
      ]),
    )
    .returning({ id: sources.id, locationId: sources.locationId });
  const quality = locs.map(() => rnd.next());
  const end = Date.UTC(2026, 0, 1);
  const start = end - days * 86_400_000;
  // A handful of bad days per year: a location gets a burst of one-star reviews.
  const spikeDays = new Set(
    Array.from({ length: 12 }, () => `${rnd.int(0, locationCount - 1)}:${rnd.int(30, days - 1)}`),
  );

  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  await sql`set session_replication_role = replica`;
  const started = performance.now();
  const replies: string[] = [];
  const versions: string[] = [];
  let written = 0;
  function* reviewLines(): Generator<string> {
    const perLocation = Math.ceil(total / locationCount);
    for (let li = 0; li < locationCount && written < total; li++) {
      const q = quality[li] ?? 0.5;
      const loc = locs[li];
      const srcA = srcRows[li * 2];
      const srcB = srcRows[li * 2 + 1];
      if (!loc || !srcA || !srcB) continue;
      for (let k = 0; k < perLocation && written < total; k++) {
        written++;
        // Volume grows over the two years: later days are likelier.
        const dayIndex = Math.min(days - 1, Math.floor(days * Math.sqrt(rnd.next())));
        const isSpike =
          spikeDays.has(`${li}:${dayIndex}`) || (k % 997 === 0 && spikeDays.size > 0 && rnd.next() < 0.02);
        let rating: number | null = isSpike ? 1 : ratingFor(rnd, q);
        if (rnd.next() < 0.03) rating = null;
        const label =
          rating === null
            ? 'neutral'
            : rating <= 2
              ? 'negative'
              : rating === 3
                ? rnd.next() < 0.6
                  ? 'mixed'
                  : 'neutral'
                : rnd.next() < 0.95
                  ? 'positive'
                  : 'mixed';
        const themes =
          label === 'negative'
            ? [...new Set([rnd.pick(COMPLAINTS), ...(rnd.next() < 0.4 ? [rnd.pick(COMPLAINTS)] : [])])]
            : rnd.next() < 0.3
              ? [rnd.pick(PRAISE)]
              : [];
        const published = start + dayIndex * 86_400_000 + rnd.int(0, 86_399) * 1000;
        const id = rnd.uuid();
        const src = rnd.next() < 0.7 ? srcA : srcB;
        const isRemoved = rnd.next() < 0.01;
        let currentRating = rating;
        const replyP = label === 'negative' ? 0.85 : 0.6;
        if (rnd.next() < replyP) {
          const delayMin = rnd.logNormal(label === 'negative' ? 8 * 60 : 20 * 60, 1.1);
          const at = new Date(published + delayMin * 60_000);
          replies.push(
            `${orgId}\t${rnd.uuid()}\t${id}\t${rnd.uuid()}\tThank you for your review.\tposted\t${m?.id}\t${at.toISOString()}\t${at.toISOString()}\n`,
          );
          if (label === 'negative' && rating !== null && rnd.next() < 0.12) {
            currentRating = Math.min(5, rating + rnd.int(1, 3));
            versions.push(
              `${orgId}\t${rnd.uuid()}\t${id}\t1\t${rating}\tFirst version\t${new Date(at.getTime() + rnd.int(1, 240) * 3_600_000).toISOString()}\n`,
            );
          }
        }
        const text = `${rnd.pick(WORDS)} ${rnd.pick(WORDS)} ${label} ${rnd.pick(WORDS)} ${k}`;
        const iso = new Date(published).toISOString();
        yield `${orgId}\t${id}\t${src.id}\t${loc.id}\tb:${li}:${k}\tReviewer ${k}\t${currentRating ?? N}\t${esc(text)}\t${label}\t${arr(themes)}\t${isSpike ? 't' : 'f'}\t${isRemoved ? 'removed' : 'active'}\t${iso}\t${iso}\t${iso}\t${isRemoved ? iso : N}\t${currentRating !== rating ? 2 : 1}\n`;
      }
    }
  }
  const reviewsCopy =
    await sql`copy reviews (org_id, id, source_id, location_id, dedupe_key, author, rating, text, label, themes, is_escalated, status, published_at, first_seen_at, last_seen_at, removed_at, version) from stdin`.writable();
  await pipeline(Readable.from(reviewLines(), { objectMode: false }), reviewsCopy);
  timings.copy_reviews_ms = performance.now() - started;
  log(`  copied ${written} reviews in ${(timings.copy_reviews_ms / 1000).toFixed(1)} s`);
  let t = performance.now();
  const repliesCopy =
    await sql`copy replies (org_id, id, review_id, draft_id, text, state, approved_by, approved_at, posted_at) from stdin`.writable();
  await pipeline(Readable.from(replies), repliesCopy);
  const versionsCopy =
    await sql`copy review_versions (org_id, id, review_id, version, rating, text, captured_at) from stdin`.writable();
  await pipeline(Readable.from(versions), versionsCopy);
  timings.copy_replies_ms = performance.now() - t;
  log(
    `  copied ${replies.length} replies and ${versions.length} earlier versions in ${(timings.copy_replies_ms / 1000).toFixed(1)} s`,
  );
  await sql`set session_replication_role = origin`;
  await sql`analyze reviews`;
  await sql`analyze replies`;
  await sql`analyze review_versions`;
  await sql.end();
  t = performance.now();
  await rebuildAllRollups(db, orgId);
  timings.build_rollups_ms = performance.now() - t;
  // Fresh tables have no planner statistics until autovacuum passes; the dashboard's reads need them now.
  await db.execute(sqlTag`analyze daily_rollups`);
  await db.execute(sqlTag`analyze daily_theme_rollups`);
  log(`  built rollups in ${(timings.build_rollups_ms / 1000).toFixed(1)} s`);
  await database.close();
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  return {
    orgId,
    manager,
    locationIds: locs.map((l) => l.id),
    firstDay: day(start),
    lastDay: day(end - 86_400_000),
    timings,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const url = process.argv[2];
  if (!url) throw new Error('usage: generate.ts <postgres-url> [reviews]');
  const result = await generateBenchData(url, {
    reviews: Number(process.argv[3] ?? 1_000_000),
    log: (msg) => process.stderr.write(`${msg}\n`),
  });
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}
