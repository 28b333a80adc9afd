import type { SaveClientInput } from '@rebound/shared';
import { and, eq, ne } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { clients, locations } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { conflict, invalid, notFound } from '../errors.ts';
import type { Actor } from '../orgs/members.ts';
import { cleanLine, readEmail } from './client-fields.ts';

/** Add a client, or edit one (by id). The email stays unique within the organization. */
export async function saveClient(db: Db, orgId: string, actor: Actor, input: SaveClientInput) {
  const email = readEmail(input.email);
  if (!email) throw invalid('Enter a valid email address', { email: ['Enter a single plain email address'] });
  const lastServiceAt = input.lastServiceAt ? new Date(input.lastServiceAt) : null;
  if (lastServiceAt && lastServiceAt.getTime() > Date.now() + 86_400_000)
    throw invalid('The last service date is in the future', { lastServiceAt: ['Pick a date in the past'] });
  if (input.locationId) {
    const [loc] = await db
      .select({ id: locations.id })
      .from(locations)
      .where(and(eq(locations.orgId, orgId), eq(locations.id, input.locationId)));
    if (!loc) throw notFound('Location');
  }
  const values = {
    email,
    name: cleanLine(input.name, 200),
    phone: input.phone ? cleanLine(input.phone, 40) : null,
    tags: [...new Set(input.tags.map((t) => cleanLine(t, 40)).filter(Boolean))],
    lastServiceAt,
    consent: input.consent,
    locationId: input.locationId ?? null,
  };
  const clash = await db
    .select({ id: clients.id })
    .from(clients)
    .where(
      and(
        eq(clients.orgId, orgId),
        eq(clients.email, email),
        ...(input.clientId ? [ne(clients.id, input.clientId)] : []),
      ),
    );
  if (clash.length) throw conflict('Another client already has that email');
  if (input.clientId) {
    const [row] = await db
      .update(clients)
      .set({ ...values, updatedAt: new Date() })
      .where(and(eq(clients.orgId, orgId), eq(clients.id, input.clientId)))
      .returning({ id: clients.id });
    if (!row) throw notFound('Client');
    await recordAudit(db, {
      orgId,
      actorUserId: actor.userId,
      actorLabel: actor.label,
      action: 'client.edited',
      entityType: 'client',
      entityId: row.id,
    });
    return { clientId: row.id };
  }
  const [row] = await db
    .insert(clients)
    .values({ orgId, ...values })
    .returning({ id: clients.id });
  if (!row) throw new Error('insert returned no row');
  await recordAudit(db, {
    orgId,
    actorUserId: actor.userId,
    actorLabel: actor.label,
    action: 'client.added',
    entityType: 'client',
    entityId: row.id,
  });
  return { clientId: row.id };
}
