import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SpawnedServer, spawnServer } from '../support/spawn-server.ts';

const MB = 1024 * 1024;

/** Peak resident memory of a process so far, in bytes (Linux). */
function peakMemory(pid: number): number {
  const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return Number(match?.[1] ?? Number.NaN) * 1024;
}

type Answer = { status: number; body: string; sent: number };

/**
 * POSTs up to `total` bytes, 1 MB at a time, and stops writing as soon as the server answers. With
 * `declared` the request says its length up front; without it the body is chunked and the server must count.
 *
 * A streamed body the server refuses part-way leaves unread bytes in its socket when it closes; the kernel then
 * resets the connection, and a reset can discard the answer before the client reads it (a property of TCP, not of
 * the server). On a busy machine the client may be slow to read for several tries running, so a lost answer is
 * sent again after a growing pause, up to six times; any other outcome counts at once.
 */
async function sendLarge(
  base: string,
  path: string,
  total: number,
  opts: { declared?: boolean } = {},
): Promise<Answer> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await sendLargeOnce(base, path, total, opts);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const lost = code === 'ECONNRESET' || code === 'EPIPE' || /^no answer/.test(String(error));
      if (!lost || attempt >= 6) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500 * attempt));
    }
  }
}

function sendLargeOnce(base: string, path: string, total: number, opts: { declared?: boolean } = {}) {
  // A raw socket rather than an HTTP client: a server that refuses a body may answer and close while we are still
  // writing, and the answer must be read from what arrived even when a write then fails with EPIPE.
  const url = new URL(path, base);
  return new Promise<Answer>((resolve, reject) => {
    const socket = net.connect(Number(url.port), url.hostname);
    const received: Buffer[] = [];
    let sent = 0;
    let isClosed = false;
    const chunk = Buffer.alloc(MB, 'a');
    const head = [
      `POST ${url.pathname}${url.search} HTTP/1.1`,
      `Host: ${url.host}`,
      'Content-Type: application/json',
      `Origin: ${base}`,
      'Connection: close',
      opts.declared ? `Content-Length: ${total}` : 'Transfer-Encoding: chunked',
      '',
      '',
    ].join('\r\n');
    const hasAnswer = () => Buffer.concat(received).includes('\r\n\r\n');
    const frame = (part: Buffer) =>
      opts.declared ? [part] : [Buffer.from(`${part.length.toString(16)}\r\n`), part, Buffer.from('\r\n')];
    // One megabyte per turn of the event loop: the server drains a refused body for a while, so writes may never
    // block, and a loop that kept writing without yielding would never read the answer before the server closes.
    const writeMore = () => {
      if (isClosed || hasAnswer()) return;
      if (sent >= total) return void (opts.declared ? undefined : socket.write('0\r\n\r\n'));
      const part = chunk.subarray(0, Math.min(MB, total - sent));
      sent += part.length;
      let isFull = false;
      for (const piece of frame(part)) isFull = !socket.write(piece) || isFull;
      if (isFull) socket.once('drain', writeMore);
      else setImmediate(writeMore);
    };
    socket.on('data', (data: Buffer) => {
      received.push(data);
    });
    // Writing into a connection the server closed after answering is expected; the answer is already in.
    let failure: Error | null = null;
    socket.on('error', (error) => {
      failure = error;
    });
    socket.on('close', () => {
      isClosed = true;
      const raw = Buffer.concat(received).toString('utf8');
      const split = raw.indexOf('\r\n\r\n');
      if (split < 0) return void reject(failure ?? new Error(`no answer after ${sent} bytes`));
      const headers = raw.slice(0, split);
      let body = raw.slice(split + 4);
      if (/^transfer-encoding:\s*chunked/im.test(headers)) body = dechunk(body);
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(headers)?.[1] ?? 0), body, sent });
    });
    socket.on('connect', () => {
      socket.write(head);
      if (!opts.declared) return void writeMore();
      // A server that goes by the declared length answers on the headers alone; only one that does not gets the body.
      setTimeout(() => {
        if (!hasAnswer()) writeMore();
      }, 3_000);
    });
  });
}

function dechunk(text: string): string {
  let out = '';
  let rest = text;
  for (;;) {
    const lineEnd = rest.indexOf('\r\n');
    const size = Number.parseInt(rest.slice(0, lineEnd), 16);
    if (!(size > 0)) return out;
    out += rest.slice(lineEnd + 2, lineEnd + 2 + size);
    rest = rest.slice(lineEnd + 2 + size + 2);
  }
}

describe('request bodies are limited per route before they are read', () => {
  let server: SpawnedServer;

  beforeAll(async () => {
    server = await spawnServer(
      {
        WORKERS_ENABLED: 'false',
        DEMO_SITE: 'false',
        APP_SECRET: 'body-limit-test-secret-0123456789',
      },
      // A fresh embedded database is created and migrated first.
      { startTimeoutMs: 90_000 },
    );
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
  });

  it('refuses a 300 MB anonymous sign-in with 413 and a clear JSON error, without the server taking the memory', async () => {
    const before = peakMemory(server.pid);
    for (const declared of [true, false]) {
      const answer = await sendLarge(server.url, '/trpc/auth.signIn', 300 * MB, { declared });
      expect(answer.status, `declared length: ${declared}`).toBe(413);
      const body = JSON.parse(answer.body) as { error: { message: string; data: { code: string } } };
      expect(body.error.data.code).toBe('PAYLOAD_TOO_LARGE');
      expect(body.error.message).toBe('The request body is larger than 64 KB, the most auth.signIn accepts.');
    }
    const grown = peakMemory(server.pid) - before;
    expect(grown, `peak memory grew by ${Math.round(grown / MB)} MB`).toBeLessThan(64 * MB);
    const health = await fetch(`${server.url}/health`);
    expect(health.status).toBe(200);
  }, 120_000);

  it('gives each body-taking route its own documented limit', async () => {
    const token = 'a'.repeat(43);
    const cases: [string, number, RegExp][] = [
      ['/trpc/replies.approve', 1 * MB + 1, /larger than 1 MB, the most replies\.approve accepts/],
      [
        '/trpc/sources.importCsvChunk',
        16 * MB + 1,
        /larger than 16 MB, the most sources\.importCsvChunk accepts/,
      ],
      ['/trpc/clients.importCsv', 16 * MB + 1, /larger than 16 MB/],
      [
        '/trpc/auth.me,replies.approve?batch=1',
        1 * MB + 1,
        /larger than 1 MB, the most this batch of calls accepts/,
      ],
      [`/api/webhooks/reviews/${randomUUID()}`, 1 * MB + 1, /larger than 1 MB; send fewer reviews/],
      [`/f/${token}`, 32 * 1024 + 1, /larger than 32 KB, the most the feedback form accepts/],
      [`/u/${token}`, 8 * 1024 + 1, /larger than 8 KB, the most the unsubscribe form accepts/],
    ];
    for (const [path, size, message] of cases) {
      for (const declared of [true, false]) {
        const answer = await sendLarge(server.url, path, size, { declared });
        expect(answer.status, `${path} declared: ${declared}`).toBe(413);
        expect(answer.body, path).toMatch(message);
        expect(() => JSON.parse(answer.body), path).not.toThrow();
      }
    }
  }, 120_000);

  it('still reads a body just under a limit', async () => {
    const answer = await sendLarge(server.url, '/trpc/auth.signIn', 60 * 1024, { declared: true });
    // Read and judged by the procedure (the input is not valid JSON), not refused for its size.
    expect(answer.status, server.output().slice(-2000)).toBe(400);
  });
});
