import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { competitorReviews, competitorSnapshots, competitors, locations } from '../../db/schema/index.ts';

export const latest = sql`(select s.day from ${competitorSnapshots} s where s.org_id = ${competitors.orgId}
  and s.competitor_id = ${competitors.id} order by s.day desc limit 1)`;

export function select(db: Db) {
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
