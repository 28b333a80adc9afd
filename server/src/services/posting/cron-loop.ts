import cron from 'node-cron';
import type { Logger } from '../../logger.ts';

export type CronLoop = { runNow(): Promise<void>; stop(): Promise<void> };

/**
 * Run `tick` on a cron schedule in this process, never two at once; `stop()` waits for the running tick so
 * in-flight work (a post, a delivery) finishes before the database closes.
 */
export function startCronLoop(
  name: string,
  expression: string | null,
  tick: () => Promise<void>,
  log: Logger,
): CronLoop {
  let current: Promise<void> | null = null;
  let isStopped = false;
  const runNow = async () => {
    if (current) return current;
    current = tick()
      .catch((error: unknown) => log.error({ err: error, worker: name }, 'worker tick failed'))
      .finally(() => {
        current = null;
      });
    return current;
  };
  const task = expression
    ? cron.schedule(expression, () => {
        if (!isStopped) void runNow();
      })
    : null;
  return {
    runNow,
    async stop() {
      isStopped = true;
      await task?.stop();
      await current;
    },
  };
}
