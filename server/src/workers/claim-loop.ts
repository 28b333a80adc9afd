import { Cron } from 'croner';
import type { Logger } from '../logger.ts';

/**
 * When a loop ticks: `idleMs` — at start, again at once after a tick that handled something, and `idleMs` after
 * one that handled nothing; `cron` — at each time the expression names (none when it is null), never at start.
 */
export type LoopTrigger = { idleMs: number } | { cron: string | null };

export type ClaimLoop = {
  /** Tick now instead of at the next wake-up; does nothing while a tick is running. */
  wake(): void;
  /** Tick now, or join the tick in hand; resolves with what it handled (0 when it failed). */
  runNow(): Promise<number>;
  /** Work started outside the loop (a poll asked for now) that `stop()` waits for as well. */
  track<T>(work: Promise<T>): Promise<T>;
  isStopped(): boolean;
  /** Resolves once the tick in hand and the tracked work have finished, so a graceful shutdown leaves no lease behind. */
  stop(): Promise<void>;
};

/**
 * The loop every background worker runs: `tick` claims a batch and handles it, and returns how many it handled.
 * Ticks never overlap within a process; across processes the claims (FOR UPDATE SKIP LOCKED and a lease) decide
 * who does what, so every process runs the same loops.
 */
export function startClaimLoop(
  tick: () => Promise<number>,
  opts: LoopTrigger & { name: string; log?: Logger | undefined },
): ClaimLoop {
  let isStopped = false;
  let current: Promise<number> | null = null;
  let wakeUp: (() => void) | null = null;
  const tracked = new Set<Promise<unknown>>();
  const idleMs = 'idleMs' in opts ? opts.idleMs : null;

  const runNow = () => {
    current ??= tick()
      .catch((error: unknown) => {
        opts.log?.error({ err: error, worker: opts.name }, `${opts.name} tick failed`);
        return 0;
      })
      .finally(() => {
        current = null;
      });
    return current;
  };
  // Without a time the wait lasts until wake(): the cron job below, a caller, or stop().
  const wait = (ms: number | null) =>
    new Promise<void>((resolve) => {
      const timer = ms === null ? null : setTimeout(resolve, ms);
      wakeUp = () => {
        if (timer) clearTimeout(timer);
        resolve();
      };
    }).finally(() => {
      wakeUp = null;
    });
  const cron = 'cron' in opts && opts.cron ? new Cron(opts.cron, () => wakeUp?.()) : null;

  const loop = (async () => {
    // The first tick waits a microtask, so a tick may use the loop its caller is still assigning.
    await Promise.resolve();
    if (idleMs === null && !isStopped) await wait(null);
    while (!isStopped) {
      const handled = await runNow();
      if (isStopped) break;
      if (idleMs === null) await wait(null);
      else if (handled === 0) await wait(idleMs);
    }
  })();

  return {
    wake: () => wakeUp?.(),
    runNow,
    track(work) {
      tracked.add(work);
      work.finally(() => tracked.delete(work)).catch(() => {});
      return work;
    },
    isStopped: () => isStopped,
    async stop() {
      isStopped = true;
      cron?.stop();
      wakeUp?.();
      await loop;
      await current;
      await Promise.allSettled([...tracked]);
    },
  };
}
