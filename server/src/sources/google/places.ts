import { GbpError } from './errors.ts';
import { callGbp, type GbpSession } from './session.ts';

/** One location the connected Google account can manage, as the picker shows it. */
export type GbpPlace = {
  accountId: string;
  locationId: string;
  accountName: string;
  title: string;
  address: string;
};

export type GbpApiBases = { accounts: string; businessInfo: string };

const maxPages = 50;
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
/** A Retry-After this short is waited out in place; a longer one is the member's to retry. */
const maxInlineWaitMs = 5_000;

const record = (v: unknown): Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
const text = (v: unknown): string => (typeof v === 'string' ? v : '');
const lastSegment = (name: string, prefix: string): string | null => {
  const match = new RegExp(`^${prefix}/([A-Za-z0-9_\\-~.]+)$`).exec(name);
  return match?.[1] ?? null;
};

/** Every page of a Google list method, waiting out a short Retry-After; the session refreshes tokens as it goes. */
async function listAll(
  session: GbpSession,
  url: (pageToken: string | null) => string,
  field: string,
  what: string,
): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  const seen = new Set<string>();
  let pageToken: string | null = null;
  for (let page = 0; page < maxPages; page++) {
    let body: Record<string, unknown> | null = null;
    for (let attempt = 0; body === null; attempt++) {
      try {
        body = record(await callGbp(session, 'GET', url(pageToken), what));
      } catch (error) {
        const wait =
          error instanceof GbpError && error.code === 'rate_limited' ? error.retryAfterMs : undefined;
        if (wait === undefined || wait > maxInlineWaitMs || attempt >= 2) throw error;
        await sleep(wait);
      }
    }
    const list = body[field];
    if (Array.isArray(list)) for (const item of list) items.push(record(item));
    const next = text(body.nextPageToken);
    if (!next || seen.has(next)) break;
    seen.add(next);
    pageToken = next;
  }
  return items;
}

/** Account Management API accounts.list, then Business Information API accounts.locations.list for each. */
export async function listGbpPlaces(session: GbpSession, bases: GbpApiBases): Promise<GbpPlace[]> {
  const trim = (u: string) => u.replace(/\/+$/, '');
  const accounts = await listAll(
    session,
    (token) => {
      const q = new URLSearchParams({ pageSize: '20' });
      if (token) q.set('pageToken', token);
      return `${trim(bases.accounts)}/v1/accounts?${q}`;
    },
    'accounts',
    'listing accounts',
  );
  const places: GbpPlace[] = [];
  for (const account of accounts) {
    const accountId = lastSegment(text(account.name), 'accounts');
    if (!accountId) continue;
    const locations = await listAll(
      session,
      (token) => {
        const q = new URLSearchParams({ readMask: 'name,title,storefrontAddress', pageSize: '100' });
        if (token) q.set('pageToken', token);
        return `${trim(bases.businessInfo)}/v1/accounts/${accountId}/locations?${q}`;
      },
      'locations',
      'listing locations',
    );
    for (const location of locations) {
      const locationId = lastSegment(text(location.name), 'locations');
      if (!locationId) continue;
      places.push({
        accountId,
        locationId,
        accountName: text(account.accountName) || `Account ${accountId}`,
        title: text(location.title) || `Location ${locationId}`,
        address: describeAddress(record(location.storefrontAddress)),
      });
    }
  }
  return places;
}

function describeAddress(address: Record<string, unknown>): string {
  const lines = Array.isArray(address.addressLines) ? address.addressLines.map(text) : [];
  return [...lines, text(address.locality)].filter(Boolean).join(', ');
}
