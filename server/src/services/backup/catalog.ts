import { type SQL, sql } from 'drizzle-orm';
import { type DbExecutor, queryRows } from '../../db/executor.ts';

export type TableInfo = {
  name: string;
  /** Columns a backup carries and a restore writes (generated columns are left to the database). */
  columns: string[];
  primaryKey: string[];
  /** Columns fed by a sequence or identity, whose counters a restore moves past the restored values. */
  sequenced: string[];
  /** Has triggers of its own (not foreign-key checks); a restore holds them off, the rows already carry their effects. */
  hasTriggers: boolean;
};

/**
 * Every table of the application schema, read from the database itself rather than from our schema files, so
 * a backup carries whatever the migrations created, parents before children (by foreign keys).
 */
export async function listTables(db: DbExecutor): Promise<TableInfo[]> {
  const tables = (
    await queryRows(
      db,
      sql`select table_name as t from information_schema.tables
          where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name`,
    )
  ).map((r) => String(r.t));
  const columns = await queryRows(
    db,
    sql`select table_name as t, column_name as c, is_generated as g, is_identity as i, column_default as d
        from information_schema.columns where table_schema = current_schema() order by table_name, ordinal_position`,
  );
  const keys = await queryRows(
    db,
    sql`select tc.table_name as t, kcu.column_name as c from information_schema.table_constraints tc
        join information_schema.key_column_usage kcu
          on kcu.constraint_name = tc.constraint_name and kcu.table_schema = tc.table_schema and kcu.table_name = tc.table_name
        where tc.table_schema = current_schema() and tc.constraint_type = 'PRIMARY KEY'
        order by tc.table_name, kcu.ordinal_position`,
  );
  const edges = await queryRows(
    db,
    sql`select distinct cl.relname as child, pcl.relname as parent from pg_constraint con
        join pg_class cl on cl.oid = con.conrelid join pg_class pcl on pcl.oid = con.confrelid
        join pg_namespace ns on ns.oid = cl.relnamespace
        where con.contype = 'f' and ns.nspname = current_schema()`,
  );
  const triggered = new Set(
    (
      await queryRows(
        db,
        sql`select distinct event_object_table as t from information_schema.triggers where trigger_schema = current_schema()`,
      )
    ).map((r) => String(r.t)),
  );
  const info = new Map<string, TableInfo>(
    tables.map((name) => [
      name,
      { name, columns: [], primaryKey: [], sequenced: [], hasTriggers: triggered.has(name) },
    ]),
  );
  for (const c of columns) {
    const table = info.get(String(c.t));
    if (!table || c.g === 'ALWAYS') continue;
    table.columns.push(String(c.c));
    if (c.i === 'YES' || String(c.d ?? '').startsWith('nextval(')) table.sequenced.push(String(c.c));
  }
  for (const k of keys) info.get(String(k.t))?.primaryKey.push(String(k.c));
  return orderByDependencies(
    tables,
    edges.map((e) => ({ child: String(e.child), parent: String(e.parent) })),
  ).flatMap((name) => info.get(name) ?? []);
}

/** Parents first; a table that refers to itself does not block itself. Cycles fall back to name order. */
export function orderByDependencies(tables: string[], edges: { child: string; parent: string }[]): string[] {
  const parents = new Map(tables.map((t) => [t, new Set<string>()]));
  for (const e of edges) if (e.child !== e.parent) parents.get(e.child)?.add(e.parent);
  const ordered: string[] = [];
  const done = new Set<string>();
  while (ordered.length < tables.length) {
    const ready = tables.filter((t) => !done.has(t) && [...(parents.get(t) ?? [])].every((p) => done.has(p)));
    const next = ready.length ? ready : tables.filter((t) => !done.has(t)).slice(0, 1);
    for (const t of next) {
      done.add(t);
      ordered.push(t);
    }
  }
  return ordered;
}

export type MigrationLevel = { count: number; lastHash: string | null };

/** How far drizzle's migrations have brought this database. */
export async function readMigrationLevel(db: DbExecutor): Promise<MigrationLevel> {
  const rows = await queryRows(
    db,
    sql`select hash from drizzle.__drizzle_migrations order by created_at, id`,
  ).catch(() => []);
  return { count: rows.length, lastHash: rows.length ? String(rows[rows.length - 1]?.hash) : null };
}

/** Rows of one table as PostgreSQL's own JSON, in primary-key order, a page at a time. */
export function selectPage(table: TableInfo, limit: number, offset: number): SQL {
  const cols = sql.join(
    table.columns.map((c) => sql.identifier(c)),
    sql`, `,
  );
  const order = table.primaryKey.length ? table.primaryKey : table.columns;
  const orderBy = sql.join(
    order.map((c) => sql`${sql.identifier(c)}`),
    sql`, `,
  );
  return sql`select row_to_json(x)::text as j from (select ${cols} from ${sql.identifier(table.name)} order by ${orderBy} limit ${limit} offset ${offset}) x`;
}
