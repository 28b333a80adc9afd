import {
  type AddCompetitorInput,
  addCompetitorInput,
  MAX_COMPETITORS_PER_LOCATION,
} from '@rebound/shared/schemas/competitors';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { competitors, locations } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { conflict, invalid } from '../errors.ts';
import type { Actor } from '../orgs/members.ts';
import { competitorTarget, sameCompetitorKey } from './competitor-target.ts';
import { getCompetitor } from './get-competitor.ts';
import type { CompetitorView } from './list-competitors.ts';

/** Add a competitor next to one of our locations; its first poll is due at once. */
export async function addCompetitor(
  db: Db,
  orgId: string,
  actor: Actor,
  raw: AddCompetitorInput,
  opts: { intervalSeconds: number },
): Promise<CompetitorView> {
  const input = addCompetitorInput.parse(raw);
  const [location] = await db
    .select({ id: locations.id })
    .from(locations)
    .where(and(eq(locations.orgId, orgId), eq(locations.id, input.locationId)));
  if (!location) throw invalid('Some fields need attention', { locationId: ['No such location'] });
  const target = competitorTarget(input);
  const id = await db.transaction(async (tx) => {
    // Locked so two managers adding at once cannot both slip in as the tenth.
    await tx
      .select({ id: locations.id })
      .from(locations)
      .where(and(eq(locations.orgId, orgId), eq(locations.id, input.locationId)))
      .for('update');
    const existing = await tx
      .select({ kind: competitors.kind, url: competitors.url, config: competitors.config })
      .from(competitors)
      .where(and(eq(competitors.orgId, orgId), eq(competitors.locationId, input.locationId)));
    if (existing.length >= MAX_COMPETITORS_PER_LOCATION)
      throw conflict(
        `A location can be compared with at most ${MAX_COMPETITORS_PER_LOCATION} competitors; remove one first.`,
      );
    const key = sameCompetitorKey(input.kind, target.url, target.config);
    if (existing.some((c) => sameCompetitorKey(c.kind, c.url, c.config) === key))
      throw conflict('This competitor is already compared with that location.');
    const [row] = await tx
      .insert(competitors)
      .values({
        orgId,
        locationId: input.locationId,
        kind: input.kind,
        name: input.name,
        url: target.url,
        config: target.config,
        intervalSeconds: opts.intervalSeconds,
        nextPollAt: new Date(),
      })
      .returning({ id: competitors.id });
    if (!row) throw new Error('The competitor was not stored');
    await recordAudit(tx, {
      orgId,
      actorUserId: actor.userId,
      actorLabel: actor.label,
      action: 'competitor.added',
      entityType: 'competitor',
      entityId: row.id,
      detail: { name: input.name, kind: input.kind, locationId: input.locationId },
    });
    return row.id;
  });
  return getCompetitor(db, orgId, id);
}
