import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';
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
 */
function sendLarge(base: string, path: string, total: number, opts: { declared?: boolean } = {}) {
  return new Promise<Answer>((resolve, reject) => {
    const headers: Record<string, string> = { 'content-type': 'application/json', origin: base };
    if (opts.declared) headers['content-length'] = String(total);
    // A connection of its own: the server may close one whose refused body it stopped reading.
    const req = http.request(`${base}${path}`, { method: 'POST', headers, agent: false });
    let sent = 0;
    let answer: Answer | null = null;
    let status: number | null = null;
    let body = '';
    const chunk = Buffer.alloc(MB, 'a');
    const settle = () => {
      answer = { status: status ?? 0, body, sent };
      req.destroy();
      resolve(answer);
    };
    req.on('response', (res) => {
      status = res.statusCode ?? 0;
      res.setEncoding('utf8');
      res.on('data', (text: string) => {
        body += text;
      });
      res.on('end', settle);
      res.on('error', settle);
    });
    // Once the server has answered it may drop the connection while we are still writing; that is expected.
    req.on('error', (error) => {
      if (status !== null) settle();
      else reject(error);
    });
    const writeMore = () => {
      while (!answer && !req.destroyed && sent < total) {
        const part = chunk.subarray(0, Math.min(MB, total - sent));
        sent += part.length;
        if (!req.write(part)) return void req.once('drain', writeMore);
      }
      if (!answer && !req.destroyed && sent >= total) req.end();
    };
    if (!opts.declared) return void writeMore();
    // A server that goes by the declared length answers on the headers; only one that does not gets the rest.
    sent = Math.min(64 * 1024, total);
    req.write(chunk.subarray(0, sent));
    if (sent >= total) return void req.end();
    setTimeout(() => {
      if (status === null) writeMore();
    }, 3_000);
  });
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
