import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFeedbackRequest } from '../../server/src/mail/message.ts';
import { createMailTransport } from '../../server/src/mail/transport.ts';
import { feedbackInput } from '../mail/fixtures.ts';
import { freePort, spawnServer } from './support.ts';

const isRoot = process.getuid?.() === 0;

function run(cmd: string, args: string[]): boolean {
  try {
    execFileSync(cmd, args, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

// Root ignores file permissions, so as root the test uses a read-only bind mount and a tiny tmpfs instead.
function isMountPermitted(): boolean {
  if (!isRoot) return false;
  const probe = mkdtempSync(path.join(tmpdir(), 'rebound-mount-'));
  const isPermitted =
    run('mount', ['-t', 'tmpfs', '-o', 'size=16k', 'tmpfs', probe]) && run('umount', [probe]);
  rmSync(probe, { recursive: true, force: true });
  return isPermitted;
}
const canMount = isMountPermitted();
if (isRoot && !canMount)
  console.warn('mount is not permitted here: the read-only and disk-full cases are skipped');

/** Start the real server and expect it to stop at once with one plain line that names the folder. */
async function expectStartRefused(dataDir: string, reason: RegExp) {
  const server = await spawnServer(
    { DATA_DIR: dataDir, PORT: String(await freePort()), WORKERS_ENABLED: 'false' },
    { waitUntilReady: false },
  );
  const exit = await server.exited;
  expect(exit.code).toBe(1);
  const output = server.output();
  expect(output).toContain(
    `Rebound could not start: The data folder ${path.resolve(dataDir)} cannot be written`,
  );
  expect(output).toMatch(reason);
  // A plain message for the operator, not a stack trace.
  expect(output).not.toMatch(/^\s+at /m);
  expect(output).not.toContain('Rebound is running');
}

describe('a data folder that cannot be written', { timeout: 120_000 }, () => {
  let root = '';
  const mounts: string[] = [];
  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'rebound-datadir-'));
  });
  afterAll(async () => {
    for (const m of mounts.reverse()) run('umount', ['-l', m]);
    await rm(root, { recursive: true, force: true });
  });

  it('stops with a message naming the folder when DATA_DIR runs through a file', async () => {
    const file = path.join(root, 'not-a-folder');
    await writeFile(file, 'x');
    await expectStartRefused(path.join(file, 'data'), /part of the path is a file, not a folder/);
  });

  it.skipIf(isRoot && !canMount)(
    'stops with a message naming the folder when DATA_DIR is read-only',
    async () => {
      const dir = path.join(root, 'read-only');
      await mkdir(dir);
      if (isRoot) {
        expect(run('mount', ['--bind', '-o', 'ro', dir, dir])).toBe(true);
        mounts.push(dir);
      } else {
        execFileSync('chmod', ['0555', dir]);
      }
      await expectStartRefused(dir, /read-only file system|permission denied/);
    },
  );

  it.skipIf(!canMount)(
    'stops with a message naming the folder when the disk holding DATA_DIR is full',
    async () => {
      const dir = path.join(root, 'full');
      await mkdir(dir);
      expect(run('mount', ['-t', 'tmpfs', '-o', 'size=32k', 'tmpfs', dir])).toBe(true);
      mounts.push(dir);
      await expectStartRefused(dir, /the disk is full/);
    },
  );

  it.skipIf(!canMount)(
    'the outbox file transport reports a retryable failure saying why when its folder fills up or turns read-only',
    async () => {
      const dir = path.join(root, 'outbox-disk');
      await mkdir(dir);
      expect(run('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir])).toBe(true);
      mounts.push(dir);
      const outboxDir = path.join(dir, 'outbox');
      const transport = createMailTransport({ smtpUrl: null, outboxDir });
      const mail = (n: number) => buildFeedbackRequest(feedbackInput({ idempotencyKey: `full-disk-${n}` }));
      expect(await transport.send(mail(1))).toMatchObject({ ok: true });

      await writeFile(path.join(dir, 'ballast'), Buffer.alloc(60 * 1024)).catch(() => undefined);
      const full = await transport.send(mail(2));
      expect(full).toMatchObject({ ok: false, permanent: false });
      expect(full.ok ? '' : full.response).toMatch(/ENOSPC: no space left on device/);

      await rm(path.join(dir, 'ballast'));
      expect(run('mount', ['-o', 'remount,ro', dir])).toBe(true);
      const readOnly = await transport.send(mail(3));
      expect(readOnly).toMatchObject({ ok: false, permanent: false });
      expect(readOnly.ok ? '' : readOnly.response).toMatch(/EROFS: read-only file system/);
      expect(readOnly.ok ? '' : readOnly.response).toContain(outboxDir);
      // The message that did get through is still there, once.
      expect(await transport.send(mail(1))).toMatchObject({
        ok: true,
        response: expect.stringMatching(/already in outbox/),
      });
    },
  );
});
