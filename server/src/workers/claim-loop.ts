import type { Logger } from '../logger.ts';

export type ClaimLoop = { wake(): void; stop(): Promise<void> };

/**
 * Runs `tick` (claim a batch and handle it; returns how many it claimed) again at once while there was work,
 * and after `idleMs` when there was none; `wake()` cuts the wait short. `stop()` resolves once the tick in
 * hand has finished, so a graceful shutdown leaves no lease behind.
 */
export function startClaimLoop(
  tick: () => Promise<number>,
  opts: { idleMs: number; log?: Logger | undefined; name: string },
): ClaimLoop & { isStopped(): boolean } {
  let isStopped = false;
  let wakeUp: (() => void) | null = null;
  const sleep = () =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, opts.idleMs);
      wakeUp = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  const loop = (async () => {
    while (!isStopped) {
      let handled = 0;
      try {
        handled = await tick();
      } catch (error) {
        opts.log?.error({ err: error }, `${opts.name} tick failed`);
      }
      if (handled === 0 && !isStopped) await sleep();
      wakeUp = null;
    }
  })();
  return {
    isStopped: () => isStopped,
    wake: () => wakeUp?.(),
    async stop() {
      isStopped = true;
      wakeUp?.();
      await loop;
    },
  };
}
