import type { Server } from 'node:http';

export type ShutdownReport = {
  /** False when the deadline passed and remaining connections or jobs were cut off. */
  isClean: boolean;
  httpDrained: boolean;
  workersDrained: boolean;
  ms: number;
};

/** Resolves true if `work` settles within `ms`, false otherwise; the work itself is not cancelled. */
export async function settlesWithin(work: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
    timer.unref();
  });
  try {
    return await Promise.race([
      work.then(
        () => true,
        () => true,
      ),
      deadline,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Stop accepting connections, close idle keep-alive sockets, and wait for requests in flight to finish.
 * Past the deadline the remaining sockets are destroyed so the process can exit.
 */
export async function closeHttpServer(server: Server, ms: number): Promise<boolean> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  // A socket that finishes its response after close() would otherwise wait for its keep-alive timeout.
  const sweep = setInterval(() => server.closeIdleConnections(), 100);
  sweep.unref();
  const isDrained = await settlesWithin(closed, ms);
  clearInterval(sweep);
  if (!isDrained) {
    server.closeAllConnections();
    await closed;
  }
  return isDrained;
}
