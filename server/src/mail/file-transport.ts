import { createHash, randomUUID } from 'node:crypto';
import { link, mkdir, open, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { MailInputError } from './errors.ts';
import type { OutgoingMail } from './message.ts';
import { toRawMessage } from './raw-message.ts';
import type { MailTransport, SendResult } from './transport.ts';

/** `<key@domain>` → `key@domain.eml`; anything unusual is replaced and disambiguated by a hash of the id. */
export function toOutboxFileName(messageId: string): string {
  const bare = messageId.replace(/^<|>$/g, '');
  const safe = bare.replace(/[^A-Za-z0-9._@=-]/g, '_');
  const isPlain = safe === bare && safe.length > 0 && safe.length <= 150 && !safe.startsWith('.');
  if (isPlain) return `${safe}.eml`;
  const digest = createHash('sha256').update(messageId).digest('hex').slice(0, 16);
  return `${safe.slice(0, 100).replace(/^\.+/, '')}-${digest}.eml`;
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

async function writeDurably(file: string, data: Buffer): Promise<void> {
  const handle = await open(file, 'wx', 0o640);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Publishes the temp file under its final name only if that name is free, so the first copy of a message
 * wins and a retried send never produces a second file. Hard links give that atomically; filesystems
 * without them fall back to a rename.
 */
async function publishOnce(tmp: string, target: string): Promise<boolean> {
  try {
    await link(tmp, target);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS' && code !== 'EXDEV') throw error;
  }
  if (await exists(target)) return false;
  await rename(tmp, target);
  return true;
}

export function createFileTransport(outboxDir: string): MailTransport {
  const dir = path.resolve(outboxDir);
  return {
    kind: 'file',
    async send(mail: OutgoingMail): Promise<SendResult> {
      let raw: Buffer;
      try {
        raw = await toRawMessage(mail);
      } catch (error) {
        const permanent = error instanceof MailInputError;
        return { ok: false, permanent, response: error instanceof Error ? error.message : String(error) };
      }
      const name = toOutboxFileName(mail.messageId);
      const target = path.join(dir, name);
      const tmp = path.join(dir, `.${name}.${randomUUID()}.tmp`);
      try {
        await mkdir(dir, { recursive: true });
        if (await exists(target)) return { ok: true, response: `already in outbox: ${name}` };
        await writeDurably(tmp, raw);
        const isNew = await publishOnce(tmp, target);
        return { ok: true, response: isNew ? `written to outbox: ${name}` : `already in outbox: ${name}` };
      } catch (error) {
        // Disk full, permissions: the message is fine, the folder is not; try again later.
        return {
          ok: false,
          permanent: false,
          response: error instanceof Error ? error.message : String(error),
        };
      } finally {
        // Best effort: after a successful link the name is already published; a leftover temp file is ignored.
        await rm(tmp, { force: true }).catch(() => undefined);
      }
    },
    async close(): Promise<void> {},
  };
}
