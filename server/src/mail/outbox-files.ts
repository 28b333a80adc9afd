import { open, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { decodeEncodedWords, readHeaders } from './header-decode.ts';

export type OutboxFile = { file: string; messageId: string; to: string; subject: string; date: string };

const outboxFileName = /^[A-Za-z0-9_@=-][A-Za-z0-9._@=-]{0,250}\.eml$/;
const headerReadLimit = 64 * 1024;

async function readHead(file: string): Promise<Buffer> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(headerReadLimit);
    const { bytesRead } = await handle.read(buffer, 0, headerReadLimit, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

async function describeFile(dir: string, file: string): Promise<OutboxFile | null> {
  let head: Buffer;
  try {
    head = await readHead(path.join(dir, file));
  } catch {
    return null; // removed between listing and reading
  }
  const headers = readHeaders(head);
  const rawDate = headers.get('date') ?? '';
  const parsed = new Date(rawDate);
  return {
    file,
    messageId: headers.get('message-id') ?? '',
    to: decodeEncodedWords(headers.get('to') ?? ''),
    subject: decodeEncodedWords(headers.get('subject') ?? ''),
    date: Number.isNaN(parsed.getTime()) ? rawDate : parsed.toISOString(),
  };
}

/** Messages in the outbox folder, newest first. Temp files of writes in progress are skipped. */
export async function listOutboxFiles(outboxDir: string): Promise<OutboxFile[]> {
  const dir = path.resolve(outboxDir);
  let names: string[];
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    names = entries
      .filter((entry) => entry.isFile() && outboxFileName.test(entry.name))
      .map((entry) => entry.name);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const files: OutboxFile[] = [];
  // Bounded batches keep a large outbox from exhausting file descriptors.
  for (let start = 0; start < names.length; start += 32) {
    const batch = await Promise.all(names.slice(start, start + 32).map((name) => describeFile(dir, name)));
    for (const entry of batch) if (entry) files.push(entry);
  }
  return files.sort((a, b) => b.date.localeCompare(a.date) || a.file.localeCompare(b.file));
}

/** The raw bytes of one outbox message; null for names that are not outbox files (no path tricks). */
export async function readOutboxFile(outboxDir: string, file: string): Promise<Buffer | null> {
  if (!outboxFileName.test(file)) return null;
  try {
    return await readFile(path.join(path.resolve(outboxDir), file));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}
