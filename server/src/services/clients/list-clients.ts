import { and, desc, eq, ilike, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { clients, suppressions } from '../../db/schema/index.ts';

export async function listClients(
  db: Db,
  orgId: string,
  filter: { search?: string | undefined; tag?: string | undefined; limit?: number | undefined },
) {
  const conds = [eq(clients.orgId, orgId)];
  if (filter.search) {
    const like = `%${filter.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const match = or(ilike(clients.email, like), ilike(clients.name, like));
    if (match) conds.push(match);
  }
  if (filter.tag) conds.push(sql`${filter.tag} = any(${clients.tags})`);
  return db
    .select({
      id: clients.id,
      name: clients.name,
      email: clients.email,
      phone: clients.phone,
      tags: clients.tags,
      lastServiceAt: clients.lastServiceAt,
      consent: clients.consent,
      locationId: clients.locationId,
      updatedAt: clients.updatedAt,
      isSuppressed: sql<boolean>`(${suppressions.email} is not null)`,
    })
    .from(clients)
    .leftJoin(suppressions, and(eq(suppressions.orgId, clients.orgId), eq(suppressions.email, clients.email)))
    .where(and(...conds))
    .orderBy(desc(clients.updatedAt), clients.email)
    .limit(filter.limit ?? 200);
}
