import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { clients } from '../../db/schema/index.ts';

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
