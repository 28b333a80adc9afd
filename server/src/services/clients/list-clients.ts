import { and, desc, eq, ilike, inArray, or, sql } from 'drizzle-orm';
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

export async function countClients(db: Db, orgId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(clients)
    .where(eq(clients.orgId, orgId));
  return row?.n ?? 0;
}

/** Add and remove tags on many clients at once. */
export async function tagClients(
  db: Db,
  orgId: string,
  input: { clientIds: string[]; add: string[]; remove: string[] },
) {
  const rows = await db
    .select({ id: clients.id, tags: clients.tags })
    .from(clients)
    .where(and(eq(clients.orgId, orgId), inArray(clients.id, input.clientIds)));
  for (const row of rows) {
    const tags = [...new Set([...row.tags, ...input.add])]
      .filter((t) => !input.remove.includes(t))
      .slice(0, 20);
    await db
      .update(clients)
      .set({ tags, updatedAt: new Date() })
      .where(and(eq(clients.orgId, orgId), eq(clients.id, row.id)));
  }
  return { updated: rows.length };
}
