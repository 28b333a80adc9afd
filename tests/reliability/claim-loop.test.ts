import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../server/src/logger.ts';
import { startClaimLoop } from '../../server/src/workers/claim-loop.ts';

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A tick that records when it ran and whether another tick was running beside it, and hands out `work` items. */
function recordingTick(work: number[], opts: { durationMs?: number } = {}) {
  const runs: number[] = [];
  let running = 0;
  let overlapped = false;
  const tick = async () => {
    running += 1;
    if (running > 1) overlapped = true;
    runs.push(Date.now());
    await pause(opts.durationMs ?? 0);
    running -= 1;
    return work.shift() ?? 0;
  };
  return { tick, runs, overlapped: () => overlapped, running: () => running };
}

describe('the claim loop every worker runs', () => {
  it('ticks again at once while a tick handled something, then waits idleMs, and wake() cuts the wait short', async () => {
    const t = recordingTick([3, 2, 0]);
    const loop = startClaimLoop(t.tick, { idleMs: 60_000, name: 'test' });
    await pause(100);
    // 3 handled, 2 handled, 0 handled: three ticks back to back, then the idle wait of a minute.
    expect(t.runs).toHaveLength(3);
    loop.wake();
    await pause(50);
    expect(t.runs).toHaveLength(4);
    await loop.stop();
  });

  it('on a cron schedule ticks at each named time and not at start, and runNow joins the tick in hand', async () => {
    const yearly = recordingTick([4]);
    const once = startClaimLoop(yearly.tick, { cron: '0 0 1 1 *', name: 'test' });
    await pause(100);
    expect(yearly.runs).toHaveLength(0);
    await once.stop();

    const t = recordingTick([], { durationMs: 300 });
    const loop = startClaimLoop(t.tick, { cron: '* * * * * *', name: 'test' });
    await pause(2_300);
    // Every second: at least two fires in 2.3 s.
    expect(t.runs.length).toBeGreaterThanOrEqual(2);
    await Promise.all([loop.runNow(), loop.runNow(), loop.runNow()]);
    expect(t.overlapped()).toBe(false);
    await loop.stop();
  });

  it('never ticks on its own without a cron expression, but runs when asked', async () => {
    const t = recordingTick([5]);
    const loop = startClaimLoop(t.tick, { cron: null, name: 'test' });
    await pause(1_100);
    expect(t.runs).toHaveLength(0);
    expect(await loop.runNow()).toBe(5);
    await loop.stop();
  });

  it('stop() resolves only once the tick in hand and the tracked work have finished', async () => {
    const t = recordingTick([1], { durationMs: 400 });
    const loop = startClaimLoop(t.tick, { idleMs: 60_000, name: 'test' });
    let isTrackedDone = false;
    void loop.track(pause(600).then(() => (isTrackedDone = true)));
    await pause(50);
    expect(t.running()).toBe(1);
    await loop.stop();
    expect(t.running()).toBe(0);
    expect(isTrackedDone).toBe(true);
    // Stopped: neither wake() nor time starts another tick.
    const ticks = t.runs.length;
    loop.wake();
    await pause(100);
    expect(t.runs).toHaveLength(ticks);
  });

  it('logs a failed tick under the worker name and keeps looping', async () => {
    const lines: string[] = [];
    const log = createLogger(
      'info',
      new Writable({
        write(chunk, _enc, done) {
          lines.push(String(chunk));
          done();
        },
      }),
    );
    let calls = 0;
    const loop = startClaimLoop(
      async () => {
        calls += 1;
        if (calls === 1) throw new Error('database went away');
        return 0;
      },
      { idleMs: 20, name: 'outbox', log },
    );
    await pause(200);
    await loop.stop();
    expect(calls).toBeGreaterThan(2);
    const failed = lines.map((l) => JSON.parse(l)).find((l) => l.msg === 'outbox tick failed');
    expect(failed?.err?.message).toBe('database went away');
  });
});
