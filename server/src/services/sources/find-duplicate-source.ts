import type { SourceKind } from '@rebound/shared';
import { and, eq, ne } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { sources } from '../../db/schema/index.ts';
import { DomainError } from '../errors.ts';
import { canonicalUrl } from './canonical-url.ts';
import type { StoredSourceConfig } from './source-config.ts';

type Watched = { kind: SourceKind; url: string | null; config: StoredSourceConfig };

/**
 * What a source watches, as keys two sources share exactly when they would read the same reviews: the page's
 * canonical address, and the platform's own id of the business (an App Store app in a country through either
 * feed format, a Yelp business, a Google location).
 */
export function watchedKeys({ kind, url, config }: Watched): string[] {
  const keys: string[] = [];
  // Webhook and CSV sources receive what they are sent: their address (if any) is not something they watch.
  if (kind === 'webhook' || kind === 'csv') return keys;
  const page = canonicalUrl(url);
  if (page) keys.push(`url:${page}`);
  if ((kind === 'apple_json' || kind === 'apple_atom') && config.appId)
    keys.push(`apple:${config.appId}:${(config.country ?? 'us').toLowerCase()}`);
  if (kind === 'yelp' && config.businessId) keys.push(`yelp:${config.businessId}`);
  if (kind === 'google' && config.googleLocationId) keys.push(`google:${config.googleLocationId}`);
  if (kind === 'app_store_connect' && config.appId) keys.push(`app_store_connect:${config.appId}`);
  if (kind === 'google_play' && config.packageName) keys.push(`google_play:${config.packageName}`);
  return keys;
}

/**
 * Refuses a source that watches what another source of the organization already watches: the same reviews
 * twice would double the inbox and every alert. The error carries a link to the source already doing it.
 */
export async function refuseDuplicateSource(
  db: Db,
  orgId: string,
  candidate: Watched,
  exceptSourceId: string | null,
): Promise<void> {
  const keys = new Set(watchedKeys(candidate));
  if (!keys.size) return;
  const others = await db
    .select({
      id: sources.id,
      name: sources.name,
      kind: sources.kind,
      url: sources.url,
      config: sources.config,
    })
    .from(sources)
    .where(and(eq(sources.orgId, orgId), exceptSourceId ? ne(sources.id, exceptSourceId) : undefined));
  for (const other of others) {
    const config = (other.config ?? {}) as StoredSourceConfig;
    if (!watchedKeys({ kind: other.kind, url: other.url, config }).some((k) => keys.has(k))) continue;
    throw new DomainError(
      'conflict',
      `The source “${other.name}” already watches this address or platform id, so its reviews are already coming in. Edit that source instead of adding it twice.`,
      undefined,
      { href: `/sources#source-${other.id}`, label: `Open “${other.name}”` },
    );
  }
}
