import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { locations, sources } from '../../db/schema/index.ts';

/** The organization's locations and sources, for the dashboard's filter menus. */
export async function listTrendFilters(db: Db, orgId: string) {
  const [locs, srcs] = await Promise.all([
    db
      .select({ id: locations.id, name: locations.name })
      .from(locations)
      .where(eq(locations.orgId, orgId))
      .orderBy(asc(locations.name)),
    db
      .select({ id: sources.id, name: sources.name, kind: sources.kind, locationId: sources.locationId })
      .from(sources)
      .where(eq(sources.orgId, orgId))
      .orderBy(asc(sources.name)),
  ]);
  return { locations: locs, sources: srcs };
}
