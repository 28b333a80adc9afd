/**
 * The bench's SMTP server in a process of its own, as a real mail server is: in the worker's process its
 * parsing would share one event loop with the sends it is supposed to be measuring. The parent starts it
 * with `startSinkProcess()` and asks it for counts over the IPC channel.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { once } from 'node:events';
import { startCrashSink } from '../feedback/crash-sink.ts';

type Counts = { total: number; recipients: number };
type Reply = { url: string } | ({ kind: 'counts' } & Counts);

export type SinkProcess = { url: string; counts(): Promise<Counts>; close(): Promise<void> };

export async function startSinkProcess(): Promise<SinkProcess> {
  // Inherits the parent's loader flags (tsx), so the child runs this TypeScript file as the parent does.
  const child: ChildProcess = fork(import.meta.filename, ['--serve'], { stdio: 'inherit' });
  const [ready] = (await once(child, 'message')) as [Reply];
  if (!('url' in ready)) throw new Error('the SMTP sink process did not start');
  return {
    url: ready.url,
    async counts() {
      child.send('counts');
      const [reply] = (await once(child, 'message')) as [Reply];
      if ('url' in reply) throw new Error('unexpected reply from the SMTP sink process');
      return { total: reply.total, recipients: reply.recipients };
    },
    async close() {
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
    },
  };
}

if (process.argv.includes('--serve') && process.send) {
  const sink = await startCrashSink(() => {});
  process.on('message', () => {
    process.send?.({ kind: 'counts', total: sink.total(), recipients: sink.received.size } satisfies Reply);
  });
  process.on('SIGTERM', () => {
    // A client that kept its connection open must not keep the bench waiting.
    setTimeout(() => process.exit(0), 2_000).unref();
    void sink.close().then(() => process.exit(0));
  });
  process.send({ url: sink.url } satisfies Reply);
}
