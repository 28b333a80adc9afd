import type { AlertKind } from '@rebound/shared';
import type { Db } from '../../db/client.ts';
import { alerts } from '../../db/schema/index.ts';

export type NewAlert = {
  orgId: string;
  kind: AlertKind;
  /** The same key never raises a second alert, whichever process or poll notices it. */
  dedupeKey: string;
  title: string;
  body: string;
  link: string;
  reviewId?: string | null;
  caseId?: string | null;
  taskId?: string | null;
};

/** Queue an alert for delivery; returns null when it had been raised before. */
export async function raiseAlert(db: Db, alert: NewAlert): Promise<string | null> {
  const [row] = await db
    .insert(alerts)
    .values({
      orgId: alert.orgId,
      kind: alert.kind,
      dedupeKey: alert.dedupeKey,
      title: alert.title.slice(0, 200),
      body: alert.body.slice(0, 4000),
      link: alert.link,
      reviewId: alert.reviewId ?? null,
      caseId: alert.caseId ?? null,
      taskId: alert.taskId ?? null,
    })
    .onConflictDoNothing()
    .returning({ id: alerts.id });
  return row?.id ?? null;
}
