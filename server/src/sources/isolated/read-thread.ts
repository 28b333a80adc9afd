import { parentPort } from 'node:worker_threads';
import { type ReadTask, runReadTask } from './read-task.ts';

// One task at a time: the pool sends the next only after this answer, and times each one from when it was sent.
parentPort?.on('message', (message: { id: number; task: ReadTask }) => {
  parentPort?.postMessage({ id: message.id, answer: runReadTask(message.task) });
});
parentPort?.postMessage({ ready: true });
