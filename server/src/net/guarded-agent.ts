import dns, { type LookupAddress, type LookupOptions } from 'node:dns';
import type { Socket } from 'node:net';
import { Agent, buildConnector } from 'undici';
import { isAddressPermitted } from './ssrf-guard.ts';

/** Raised when a host name resolves only to, or a socket ended up on, an address the guard refuses. */
export class SsrfBlockedError extends Error {
  readonly code = 'REBOUND_SSRF_BLOCKED';
  constructor(
    readonly host: string,
    readonly address: string,
  ) {
    super(`${host} resolves to ${address}, a private or internal address`);
  }
}

type LookupCallback = (error: Error | null, address: string | LookupAddress[], family?: number) => void;

// Replaces the resolver net.connect uses, so the addresses we vet are exactly the ones the socket dials:
// a name that answers "public" to a first query and "127.0.0.1" to the next (DNS rebinding) is checked
// on the answer that is actually used.
function createGuardedLookup(allowList: string[]) {
  return (hostname: string, options: LookupOptions, callback: LookupCallback): void => {
    dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, []);
      const permitted = addresses.filter((entry) => isAddressPermitted(entry.address, hostname, allowList));
      const first = permitted[0];
      if (!first) {
        const refused = addresses[0]?.address ?? 'no address';
        return callback(new SsrfBlockedError(hostname, refused), []);
      }
      if (options.all) return callback(null, permitted);
      callback(null, first.address, first.family);
    });
  };
}

function createGuardedConnector(allowList: string[], connectTimeoutMs: number): buildConnector.connector {
  const connect = buildConnector({ timeout: connectTimeoutMs, lookup: createGuardedLookup(allowList) });
  return (options, callback) => {
    connect(options, (error, socket) => {
      if (error || !socket) return callback(error ?? new Error('connection failed'), null);
      // Second line of defence: an address literal skips the resolver entirely, so the peer the socket
      // really reached is checked before a single byte of the request is written.
      const remote = (socket as Socket).remoteAddress ?? '';
      if (!isAddressPermitted(remote, options.hostname, allowList)) {
        socket.destroy();
        return callback(new SsrfBlockedError(options.hostname, remote || 'an unknown address'), null);
      }
      callback(null, socket);
    });
  };
}

const agents = new Map<string, Agent>();
const maxCachedAgents = 16;

/**
 * An undici Agent whose every connection passes the SSRF guard for this allow-list. Agents are shared
 * per (allow-list, connect timeout) so keep-alive connections are reused between polls, and the
 * cache is bounded: the oldest agent is closed gracefully when a new combination appears.
 */
export function getGuardedAgent(allowList: string[], connectTimeoutMs: number): Agent {
  const key = `${connectTimeoutMs}|${[...allowList].sort().join(',')}`;
  const cached = agents.get(key);
  if (cached) return cached;
  const agent = new Agent({
    connect: createGuardedConnector([...allowList], connectTimeoutMs),
    keepAliveTimeout: 4_000,
    keepAliveMaxTimeout: 30_000,
  });
  agents.set(key, agent);
  if (agents.size > maxCachedAgents) {
    const [oldestKey, oldest] = agents.entries().next().value ?? [];
    if (oldestKey !== undefined && oldest) {
      agents.delete(oldestKey);
      void oldest.close().catch(() => undefined);
    }
  }
  return agent;
}

/** Closes every pooled connection (for tests and graceful shutdown). */
export async function closeGuardedAgents(): Promise<void> {
  const all = [...agents.values()];
  agents.clear();
  await Promise.all(all.map((agent) => agent.destroy().catch(() => undefined)));
}
