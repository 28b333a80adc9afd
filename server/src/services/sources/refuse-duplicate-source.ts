import { and, eq, ne } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { sources } from '../../db/schema/index.ts';
import { DomainError } from '../errors.ts';
import type { StoredSourceConfig } from './source-config.ts';
import { type Watched, watchedKeys } from './watched-keys.ts';

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
