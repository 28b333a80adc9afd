import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { locations } from '../../db/schema/index.ts';

export async function listLocations(db: Db, orgId: string) {
  return db
    .select({ id: locations.id, name: locations.name, reviewLinks: locations.reviewLinks })
    .from(locations)
    .where(eq(locations.orgId, orgId))
    .orderBy(locations.name);
}
