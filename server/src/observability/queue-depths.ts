import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { queryRows } from '../db/executor.ts';
import { registerScrapeGauge } from './metrics.ts';

async function existingTables(db: Db): Promise<Set<string>> {
  const rows = await queryRows(
    db,
    sql`select table_name as name from information_schema.tables where table_schema = current_schema()`,
  );
  return new Set(rows.map((r) => String(r.name)));
}

/** Tables whose name mentions the outbox and that carry a status (or state) column, whoever added them. */
async function outboxTables(db: Db): Promise<{ table: string; column: string }[]> {
  const rows = await queryRows(
    db,
    sql`select table_name as t, column_name as c from information_schema.columns
        where table_schema = current_schema() and table_name like '%outbox%' and column_name in ('status', 'state')
        order by table_name, column_name desc`,
  );
  const seen = new Map<string, string>();
  for (const r of rows) if (!seen.has(String(r.t))) seen.set(String(r.t), String(r.c));
  return [...seen].map(([table, column]) => ({ table, column }));
}

async function countBy(db: Db, table: string, column: string): Promise<{ key: string; n: number }[]> {
  const rows = await queryRows(
    db,
    sql`select ${sql.identifier(column)}::text as k, count(*)::int as n from ${sql.identifier(table)} group by 1`,
  );
  return rows.map((r) => ({ key: String(r.k), n: Number(r.n) }));
}

let watched: Db | null = null;

/**
 * Queue depths are read from the database on each scrape, so every process reports the same shared queues.
 * Only tables that exist are queried: features that add a queue show up without a change here, and a scrape
 * while the database is down returns the process metrics alone.
 */
export function watchQueueDepths(db: Db): () => void {
  watched = db;
  const withDb =
    <T>(read: (db: Db) => Promise<T[]>) =>
    async () =>
      watched ? read(watched) : [];

  registerScrapeGauge(
    'rebound_sources_due',
    'Sources whose next poll time has passed and that are not paused',
    [],
    withDb(async (db) => {
      const rows = await queryRows(
        db,
        sql`select count(*)::int as n from sources where not is_paused and next_poll_at <= now()`,
      );
      return [{ value: Number(rows[0]?.n ?? 0) }];
    }),
  );
  registerScrapeGauge(
    'rebound_sources',
    'Sources by health (ok, degraded, failing)',
    ['health'],
    withDb(async (db) =>
      (await countBy(db, 'sources', 'health')).map((r) => ({ labels: { health: r.key }, value: r.n })),
    ),
  );
  registerScrapeGauge(
    'rebound_replies',
    'Approved replies by state; approved and posting are waiting to reach the platform',
    ['state'],
    withDb(async (db) =>
      (await existingTables(db)).has('replies')
        ? (await countBy(db, 'replies', 'state')).map((r) => ({ labels: { state: r.key }, value: r.n }))
        : [],
    ),
  );
  registerScrapeGauge(
    'rebound_review_effects_pending',
    'Cases and alerts, edit signals and drafts of stored reviews not yet carried out, by kind and priority (0 first)',
    ['kind', 'priority'],
    withDb(async (db) =>
      (await existingTables(db)).has('review_effects')
        ? (
            await queryRows(
              db,
              sql`select kind as k, priority as p, count(*)::int as n from review_effects where failed_at is null group by 1, 2`,
            )
          ).map((r) => ({ labels: { kind: String(r.k), priority: String(r.p) }, value: Number(r.n) }))
        : [],
    ),
  );
  registerScrapeGauge(
    'rebound_outbox_messages',
    'Outbox rows by table and status',
    ['table', 'status'],
    withDb(async (db) => {
      const out = [];
      for (const { table, column } of await outboxTables(db)) {
        for (const r of await countBy(db, table, column))
          out.push({ labels: { table, status: r.key }, value: r.n });
      }
      return out;
    }),
  );
  return () => {
    if (watched === db) watched = null;
  };
}
