import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { alerts } from '../../db/schema/index.ts';

/** The org's recent alerts with their delivery state, newest first. */
export async function listAlerts(db: Db, orgId: string, opts: { limit?: number | undefined } = {}) {
  return db
    .select({
      id: alerts.id,
      kind: alerts.kind,
      title: alerts.title,
      body: alerts.body,
      link: alerts.link,
      state: alerts.state,
      attempts: alerts.attempts,
      lastError: alerts.lastError,
      createdAt: alerts.createdAt,
      deliveredAt: alerts.deliveredAt,
    })
    .from(alerts)
    .where(and(eq(alerts.orgId, orgId)))
    .orderBy(desc(alerts.createdAt))
    .limit(opts.limit ?? 100);
}
