import { EnvError, loadEnv } from './env.ts';
import { createLogger } from './logger.ts';
import { guardPostgresDriver } from './observability/driver-guard.ts';

// Before anything imports the database driver: see driver-guard.ts.
guardPostgresDriver();

async function main() {
  let env: ReturnType<typeof loadEnv>;
  try {
    env = loadEnv();
  } catch (error) {
    if (error instanceof EnvError) {
      process.stderr.write(`${error.message}\nSee .env.example for every setting.\n`);
      process.exit(2);
    }
    throw error;
  }
  const log = createLogger(env.LOG_LEVEL);
  const { startServer } = await import('./server.ts');
  const running = await startServer(env, log);
  let isStopping = false;
  const stop = async (signal: string) => {
    // A second signal means the operator will not wait: leave now, leases hand unfinished work to the next process.
    if (isStopping) process.exit(130);
    isStopping = true;
    log.info({ signal, timeoutMs: env.SHUTDOWN_TIMEOUT_MS }, 'shutting down: finishing in-flight work');
    const report = await running.close().catch((error: unknown) => {
      log.error({ err: error }, 'shutdown failed');
      return null;
    });
    process.exit(report?.isClean ? 0 : 1);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error) => {
  process.stderr.write(
    `Rebound could not start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
