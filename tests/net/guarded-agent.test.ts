import { getGuardedAgent, SsrfBlockedError } from '@rebound/server/net/guarded-agent';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MisbehavingServer, startMisbehavingServer } from '../support/misbehaving-server.ts';

let server: MisbehavingServer;
beforeAll(async () => {
  server = await startMisbehavingServer();
});
afterAll(async () => {
  await server.close();
});

async function rejectionOf(url: string, allowList: string[]): Promise<unknown> {
  try {
    const response = await request(url, { dispatcher: getGuardedAgent(allowList, 1_000) });
    await response.body.dump();
    return null;
  } catch (error) {
    return error;
  }
}

describe('the guarded connection layer (beneath fetchDocument)', () => {
  it('refuses a name that resolves to loopback at DNS time, before connecting', async () => {
    const error = await rejectionOf(`http://localhost:${server.port}/ok`, []);
    expect(error).toBeInstanceOf(SsrfBlockedError);
    expect(server.hits('/ok')).toBe(0);
  });

  it('checks the connected peer even for an address literal, before any request bytes are sent', async () => {
    const error = await rejectionOf(`http://127.0.0.1:${server.port}/ok`, []);
    expect(error).toBeInstanceOf(SsrfBlockedError);
    expect(server.hits('/ok')).toBe(0);
  });

  it('connects when the allow-list covers the peer', async () => {
    expect(await rejectionOf(`http://127.0.0.1:${server.port}/ok`, ['127.0.0.0/8'])).toBeNull();
    expect(server.hits('/ok')).toBe(1);
  });
});
