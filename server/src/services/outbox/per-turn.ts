/**
 * Calls made in the same turn of the event loop share one `run` over all their items; `run` answers with a
 * function that gives each item its result. No run waits for another, so a call waits at most for the run it
 * joined, never for one that started before it.
 */
export function batchPerTurn<T, R>(run: (items: T[]) => Promise<(item: T) => R>): (item: T) => Promise<R> {
  type Waiter = { item: T; resolve(result: R): void; reject(error: unknown): void };
  let pending: Waiter[] = [];

  async function flush() {
    const batch = pending;
    pending = [];
    try {
      const resultOf = await run(batch.map((w) => w.item));
      for (const waiter of batch) waiter.resolve(resultOf(waiter.item));
    } catch (error) {
      for (const waiter of batch) waiter.reject(error);
    }
  }

  return (item) =>
    new Promise<R>((resolve, reject) => {
      if (!pending.length) setImmediate(() => void flush());
      pending.push({ item, resolve, reject });
    });
}
