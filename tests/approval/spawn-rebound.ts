import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';

const repoRoot = path.resolve(import.meta.dirname, '../..');

export type ReboundProcess = {
  pid: number;
  url: string;
  child: ChildProcess;
  log(): string;
  kill(signal: NodeJS.Signals): Promise<void>;
};

/**
 * `server/src/main.ts` in its own process (node with the tsx loader, so the pid is the server's and SIGKILL
 * really kills it), resolved once it says it is running.
 */
export async function spawnRebound(env: Record<string, string>, timeoutMs = 40_000): Promise<ReboundProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: repoRoot,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '/tmp',
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Rebound did not start:\n${log}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      log += chunk.toString('utf8');
      const match = /"url":"(http:\/\/[^"]+)"[^\n]*Rebound is running/.exec(log);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`Rebound exited before it was ready:\n${log}`));
    });
  });
  return {
    pid: child.pid ?? -1,
    url,
    child,
    log: () => log,
    async kill(signal) {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}
