import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { migrateDatabase } from '../../server/src/db/migrate.ts';
import { createTestDatabase, engines, type TestDatabase } from '../support/db.ts';

describe.each(engines)('migrations on %s', (engine) => {
  let database: TestDatabase;
  afterAll(() => database?.drop());

  it('apply to an empty database, then a second run is a no-op', async () => {
    database = await createTestDatabase(engine, { migrate: false });
    await migrateDatabase(database);
    const count = async () =>
      (await database.db.execute(
        sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
      )) as unknown;
    const first = JSON.stringify(await count());
    await migrateDatabase(database);
    expect(JSON.stringify(await count())).toBe(first);
    const tables = await database.db.execute(
      sql`select table_name from information_schema.tables where table_schema = 'public' order by 1`,
    );
    const names = JSON.stringify(tables);
    for (const t of [
      'organizations',
      'users',
      'memberships',
      'reviews',
      'review_versions',
      'reply_drafts',
      'audit_log',
    ]) {
      expect(names).toContain(t);
    }
  });
});
