import type { Sql } from 'postgres';
import { openDatabase } from '../../server/src/db/client.ts';
import { migrateDatabase } from '../../server/src/db/migrate.ts';
import { migrationsHash } from './migrations-hash.ts';

const templatePrefix = 'rebound_tpl_';
// An arbitrary constant, apart from the migrator's: processes and test runs take turns building a template.
const TEMPLATE_LOCK = 7_301_778;
// PostgreSQL: no such database; another process still connected to it.
const MISSING_DATABASE = '3D000';
const DATABASE_IN_USE = '55006';

export const databaseUrl = (name: string) => `postgres://postgres@127.0.0.1:5432/${name}`;

/**
 * Creates `name` as a copy of the migrated template named after the migration files' hash, building that template
 * first when it is missing. `admin` is a single-connection client on the `postgres` database.
 */
export async function createFromTemplate(admin: Sql, name: string): Promise<void> {
  const template = `${templatePrefix}${await migrationsHash()}`;
  try {
    await admin.unsafe(`create database ${name} template ${template}`);
    return;
  } catch (error) {
    if (codeOf(error) !== MISSING_DATABASE) throw error;
  }
  // Under the lock no other process can build or drop templates between our check and our copy.
  await admin`select pg_advisory_lock(${TEMPLATE_LOCK})`;
  try {
    const [found] = await admin`select 1 from pg_database where datname = ${template}`;
    if (!found) await buildTemplate(admin, template);
    await admin.unsafe(`create database ${name} template ${template}`);
  } finally {
    await admin`select pg_advisory_unlock(${TEMPLATE_LOCK})`;
  }
}

/** Migrates under a working name and renames when done, so a run that dies half-way leaves no usable template. */
async function buildTemplate(admin: Sql, template: string): Promise<void> {
  const building = `${template}_building`;
  await admin.unsafe(`drop database if exists ${building} with (force)`);
  await admin.unsafe(`create database ${building}`);
  const database = await openDatabase({ databaseUrl: databaseUrl(building), poolSize: 1 });
  try {
    await migrateDatabase(database);
  } finally {
    await database.close();
  }
  // Nobody connects to a template again: a connection would make copying it fail.
  await admin.unsafe(`alter database ${building} with allow_connections false`);
  await renameOnceClosed(admin, building, template);
  await dropOtherTemplates(admin, template);
}

/** The migrator's connections are closed, but their server processes may take a moment to exit. */
async function renameOnceClosed(admin: Sql, from: string, to: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await admin.unsafe(`alter database ${from} rename to ${to}`);
      return;
    } catch (error) {
      if (codeOf(error) !== DATABASE_IN_USE || attempt === 50) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/** Templates of other migration files are of no further use; only our own prefix is ever dropped. */
async function dropOtherTemplates(admin: Sql, keep: string): Promise<void> {
  const others = await admin<{ datname: string }[]>`
    select datname from pg_database where starts_with(datname, ${templatePrefix}) and datname <> ${keep}`;
  for (const { datname } of others) await admin.unsafe(`drop database if exists ${datname}`);
}

function codeOf(error: unknown): unknown {
  return typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
}
