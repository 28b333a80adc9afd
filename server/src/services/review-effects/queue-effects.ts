import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { reviewEffects } from '../../db/schema/index.ts';
import { asJsonRows } from '../reviews/json-rows.ts';

/**
 * Write effect rows inside the caller's transaction (the one storing their reviews), as one jsonb parameter:
 * a large import queues two effects per review, and a VALUES list would cost a dozen parameters each.
 */
export async function queueEffects(db: Db, rows: (typeof reviewEffects.$inferInsert)[]): Promise<void> {
  if (!rows.length) return;
  const data = rows.map((r) => ({
    org_id: r.orgId,
    review_id: r.reviewId,
    kind: r.kind,
    priority: r.priority,
    payload: r.payload ?? null,
  }));
  await db.execute(
    sql`insert into review_effects (org_id, review_id, kind, priority, payload)
        select r.org_id, r.review_id, r.kind, r.priority, r.payload
        from jsonb_to_recordset(${asJsonRows(data)}::jsonb)
          as r(org_id uuid, review_id uuid, kind text, priority smallint, payload jsonb)`,
  );
}
