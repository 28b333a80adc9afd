import { type FetchOutcome, fetchDocument } from '@rebound/server/net/fetch-document';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MisbehavingServer, startMisbehavingServer } from '../support/misbehaving-server.ts';

const fast = { timeoutMs: 1_500, connectTimeoutMs: 1_000 };
const localAllowList = ['127.0.0.0/8', '::1/128'];

let server: MisbehavingServer;
beforeAll(async () => {
  server = await startMisbehavingServer();
});
afterAll(async () => {
  await server.close();
});

function codeOf(outcome: FetchOutcome): string {
  return outcome.ok ? `ok ${outcome.status}` : outcome.error.code;
}

describe('the SSRF guard without an allow-list', () => {
  it.each([
    ['the loopback address', (port: number) => `http://127.0.0.1:${port}/ok`],
    ['the IPv6 loopback', (port: number) => `http://[::1]:${port}/ok`],
    ['the host name localhost', (port: number) => `http://localhost:${port}/ok`],
    ['0.0.0.0, which Linux routes to this machine', (port: number) => `http://0.0.0.0:${port}/ok`],
    ['an integer spelling of 127.0.0.1', (port: number) => `http://2130706433:${port}/ok`],
    ['a hex spelling of 127.0.0.1', (port: number) => `http://0x7f.1:${port}/ok`],
    ['an IPv4-mapped IPv6 loopback', (port: number) => `http://[::ffff:127.0.0.1]:${port}/ok`],
    ['the cloud metadata address', () => 'http://169.254.169.254/latest/meta-data/'],
    ['a private LAN address', () => 'http://192.168.1.1/'],
  ])('refuses %s without sending it a request', async (_name, build) => {
    const before = server.hits('/ok') + server.hits('/robots.txt');
    const outcome = await fetchDocument(build(server.port), fast);
    expect(codeOf(outcome)).toBe('ssrf_blocked');
    if (!outcome.ok) {
      expect(outcome.error.retryable).toBe(false);
      // Plain words: the server's policy refused it, the setting that allows it, and who sets that setting.
      expect(outcome.error.message).toContain("this server's fetch policy refused it");
      expect(outcome.error.message).toContain('FETCH_ALLOW_LIST');
      expect(outcome.error.message).toContain('the person who runs the Rebound server sets');
      expect(outcome.error.message).not.toContain('an administrator');
    }
    expect(server.hits('/ok') + server.hits('/robots.txt')).toBe(before);
  });
});

describe('the SSRF guard with an allow-list', () => {
  it('permits the local server by address and by host name once its range is allowed', async () => {
    expect(codeOf(await fetchDocument(`${server.url}/ok`, { ...fast, allowList: localAllowList }))).toBe(
      'ok 200',
    );
    const viaName = await fetchDocument(`http://localhost:${server.port}/ok`, {
      ...fast,
      allowList: localAllowList,
    });
    expect(codeOf(viaName)).toBe('ok 200');
  });

  it('permits a host name entry without opening its whole address range', async () => {
    const allowList = ['localhost'];
    expect(codeOf(await fetchDocument(`http://localhost:${server.port}/ok`, { ...fast, allowList }))).toBe(
      'ok 200',
    );
    expect(codeOf(await fetchDocument(`${server.url}/ok`, { ...fast, allowList }))).toBe('ssrf_blocked');
  });

  it('refuses a redirect from an allowed host to loopback that is not itself allowed', async () => {
    const before = server.hits('/ok');
    const outcome = await fetchDocument(`http://localhost:${server.port}/redirect-to-loopback?to=v4`, {
      ...fast,
      allowList: ['localhost'],
    });
    expect(codeOf(outcome)).toBe('ssrf_blocked');
    expect(server.hits('/redirect-to-loopback')).toBeGreaterThan(0);
    expect(server.hits('/ok')).toBe(before);
  });

  it('refuses a redirect to the IPv6 loopback when only IPv4 loopback is allowed', async () => {
    const outcome = await fetchDocument(`${server.url}/redirect-to-loopback?to=v6`, {
      ...fast,
      allowList: ['127.0.0.0/8'],
    });
    expect(codeOf(outcome)).toBe('ssrf_blocked');
  });

  it('refuses a redirect to the metadata address even with the local allow-list', async () => {
    const outcome = await fetchDocument(`${server.url}/redirect-to-loopback?to=metadata`, {
      ...fast,
      allowList: localAllowList,
    });
    expect(codeOf(outcome)).toBe('ssrf_blocked');
  });

  it('follows a redirect to an allowed loopback address', async () => {
    const outcome = await fetchDocument(`${server.url}/redirect-to-loopback?to=v4`, {
      ...fast,
      allowList: localAllowList,
    });
    expect(codeOf(outcome)).toBe('ok 200');
  });
});
