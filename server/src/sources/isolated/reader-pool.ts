import { Worker } from 'node:worker_threads';
import type { ReadAnswer, ReadTask } from './read-task.ts';

export type ReaderPoolOptions = {
  /** Parse threads at most; each reads one document at a time. */
  threads: number;
  /** How long one document may keep its thread busy before the thread is terminated and replaced. */
  deadlineMs: number;
  /** Heap of one parse thread; a document that needs more fails alone instead of exhausting the server. */
  maxHeapMb: number;
};

export type ReaderPool = { read(task: ReadTask): Promise<ReadAnswer>; close(): Promise<void> };

type Job = { task: ReadTask; settle(answer: ReadAnswer): void };
type Slot = { worker: Worker; isReady: boolean; job: Job | null; timer: NodeJS.Timeout | null };
type ThreadMessage = { ready: true } | { id: number; answer: ReadAnswer };

const threadFile = new URL('./read-thread.mjs', import.meta.url);
const failure = (message: string, code: 'too_slow' | 'parse_failed' = 'parse_failed'): ReadAnswer => ({
  ok: false,
  code,
  message,
});

/**
 * Parse threads for fetched documents, so a hostile page costs its own thread and never the event loop that
 * answers every tenant. A document still being read at the deadline has its thread terminated (the only way to
 * stop a parser mid-flight) and a fresh thread takes the next document.
 */
export function createReaderPool(opts: ReaderPoolOptions): ReaderPool {
  const queue: Job[] = [];
  const slots = new Set<Slot>();
  let nextId = 1;
  let isClosed = false;

  const retire = (slot: Slot, answer: ReadAnswer | null) => {
    slots.delete(slot);
    if (slot.timer) clearTimeout(slot.timer);
    const job = slot.job;
    slot.job = null;
    if (job && answer) job.settle(answer);
    void slot.worker.terminate();
    dispatch();
  };

  const start = (): Slot => {
    const worker = new Worker(threadFile, { resourceLimits: { maxOldGenerationSizeMb: opts.maxHeapMb } });
    const slot: Slot = { worker, isReady: false, job: null, timer: null };
    worker.unref();
    worker.on('message', (message: ThreadMessage) => {
      if ('ready' in message) slot.isReady = true;
      else if (slot.job) {
        if (slot.timer) clearTimeout(slot.timer);
        const job = slot.job;
        slot.job = null;
        slot.timer = null;
        worker.unref();
        job.settle(message.answer);
      }
      dispatch();
    });
    worker.on('error', (error) => {
      if (!slot.isReady) {
        // A thread that cannot even start would fail every document the same way: say so to all of them.
        for (const job of queue.splice(0))
          job.settle(failure(`The page reader could not start: ${error.message}`));
      }
      const isMemory = (error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY';
      retire(
        slot,
        failure(
          isMemory
            ? `Reading the page needed more than ${opts.maxHeapMb} MB of memory, so it was stopped.`
            : `The page could not be parsed: ${error.message}`,
        ),
      );
    });
    worker.on('exit', () => {
      if (slots.has(slot)) retire(slot, failure('The page reader stopped before it finished.'));
    });
    slots.add(slot);
    return slot;
  };

  const dispatch = () => {
    if (isClosed) return;
    for (const slot of slots) {
      const job = slot.isReady && !slot.job ? queue.shift() : undefined;
      if (!job) continue;
      slot.job = job;
      // Busy threads keep the process alive (a CLI run waits for its answer); idle ones do not.
      slot.worker.ref();
      slot.timer = setTimeout(() => {
        const seconds = opts.deadlineMs / 1000;
        retire(
          slot,
          failure(`Reading the page took longer than ${seconds} s, so it was stopped.`, 'too_slow'),
        );
      }, opts.deadlineMs);
      slot.worker.postMessage({ id: nextId++, task: job.task });
    }
    const isStarting = [...slots].some((slot) => !slot.isReady);
    if (queue.length > 0 && !isStarting && slots.size < opts.threads) start();
  };

  return {
    read(task) {
      if (isClosed) return Promise.resolve(failure('The server is shutting down.'));
      return new Promise<ReadAnswer>((settle) => {
        queue.push({ task, settle });
        dispatch();
      });
    },
    async close() {
      isClosed = true;
      for (const job of queue.splice(0)) job.settle(failure('The server is shutting down.'));
      const all = [...slots];
      slots.clear();
      for (const slot of all) {
        if (slot.timer) clearTimeout(slot.timer);
        slot.job?.settle(failure('The server is shutting down.'));
      }
      await Promise.all(all.map((slot) => slot.worker.terminate()));
    },
  };
}
