import { type Database, openDatabase } from '../db/client.ts';
import { migrateDatabase } from '../db/migrate.ts';
import { type Env, EnvError, loadEnv } from '../env.ts';

/** A clear message and a non-zero exit, never a stack trace, for anything a user can fix. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

export function cliEnv(): Env {
  try {
    return loadEnv();
  } catch (error) {
    if (error instanceof EnvError) throw new CliError(error.message, 2);
    throw error;
  }
}

/** Open the configured database; in embedded mode migrations are applied first, as the server does. */
export async function withDatabase<T>(fn: (database: Database, env: Env) => Promise<T>): Promise<T> {
  const env = cliEnv();
  const database = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR, poolSize: 2 });
  try {
    if (database.engine === 'pglite') await migrateDatabase(database);
    return await fn(database, env);
  } finally {
    await database.close();
  }
}

/** Read all of stdin (for a password piped in). */
export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
