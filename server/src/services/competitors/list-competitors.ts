import { asc, desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { CompetitorKind } from '../../db/schema/index.ts';
import { competitors, locations } from '../../db/schema/index.ts';
import { select } from './competitor-views.ts';

export type CompetitorView = {
  id: string;
  locationId: string;
  locationName: string;
  kind: CompetitorKind;
  name: string;
  url: string | null;
  placeId: string | null;
  health: 'ok' | 'degraded' | 'failing';
  lastError: string | null;
  lastPolledAt: Date | null;
  nextPollAt: Date;
  rating: number | null;
  ratingCount: number | null;
  reviewsRead: number;
};

/** Every competitor of the organization with what its last poll read, by location then name. */
export async function listCompetitors(db: Db, orgId: string): Promise<CompetitorView[]> {
  return select(db)
    .where(eq(competitors.orgId, orgId))
    .orderBy(asc(locations.name), asc(competitors.name), desc(competitors.createdAt));
}
