import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { CompetitorKind } from '../../db/schema/index.ts';
import { competitorReviews, competitorSnapshots, competitors, locations } from '../../db/schema/index.ts';
import { notFound } from '../errors.ts';

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

const latest = sql`(select s.day from ${competitorSnapshots} s where s.org_id = ${competitors.orgId}
  and s.competitor_id = ${competitors.id} order by s.day desc limit 1)`;

function select(db: Db) {
  return db
    .select({
      id: competitors.id,
      locationId: competitors.locationId,
      locationName: locations.name,
      kind: competitors.kind,
      name: competitors.name,
      url: competitors.url,
      placeId: sql<string | null>`${competitors.config}->>'placeId'`,
      health: competitors.health,
      lastError: competitors.lastError,
      lastPolledAt: competitors.lastPolledAt,
      nextPollAt: competitors.nextPollAt,
      rating: competitorSnapshots.rating,
      ratingCount: competitorSnapshots.ratingCount,
      reviewsRead: sql<number>`(select count(*)::int from ${competitorReviews} r
        where r.org_id = ${competitors.orgId} and r.competitor_id = ${competitors.id})`,
    })
    .from(competitors)
    .innerJoin(
      locations,
      and(eq(locations.orgId, competitors.orgId), eq(locations.id, competitors.locationId)),
    )
    .leftJoin(
      competitorSnapshots,
      and(
        eq(competitorSnapshots.orgId, competitors.orgId),
        eq(competitorSnapshots.competitorId, competitors.id),
        sql`${competitorSnapshots.day} = ${latest}`,
      ),
    );
}

/** Every competitor of the organization with what its last poll read, by location then name. */
export async function listCompetitors(db: Db, orgId: string): Promise<CompetitorView[]> {
  return select(db)
    .where(eq(competitors.orgId, orgId))
    .orderBy(asc(locations.name), asc(competitors.name), desc(competitors.createdAt));
}

export async function getCompetitor(db: Db, orgId: string, competitorId: string): Promise<CompetitorView> {
  const [row] = await select(db).where(and(eq(competitors.orgId, orgId), eq(competitors.id, competitorId)));
  if (!row) throw notFound('Competitor');
  return row;
}
