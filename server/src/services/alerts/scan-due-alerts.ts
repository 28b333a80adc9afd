import { and, eq, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { alerts, caseTasks, replies, reviews } from '../../db/schema/index.ts';
import { readAlertSettings } from './alert-settings.ts';
import { raiseAlert } from './raise-alert.ts';

const excerpt = (text: string) => (text.length > 160 ? `${text.slice(0, 157)}…` : text);

/**
 * Negative or escalated reviews still unanswered after the org's SLA: no approved reply from us and no owner
 * reply on the platform. Each raises one alert (dedupe key per review), however many processes scan.
 */
export async function raiseSlaBreaches(db: Db, now = new Date()): Promise<number> {
  // One hour is the shortest SLA an org can set; each org's own limit is applied below.
  const candidates = await db
    .select({
      orgId: reviews.orgId,
      id: reviews.id,
      author: reviews.author,
      text: reviews.text,
      firstSeenAt: reviews.firstSeenAt,
      isEscalated: reviews.isEscalated,
    })
    .from(reviews)
    .leftJoin(
      alerts,
      and(eq(alerts.orgId, reviews.orgId), eq(alerts.dedupeKey, sql`'sla_breach:' || ${reviews.id}::text`)),
    )
    .where(
      and(
        eq(reviews.status, 'active'),
        or(eq(reviews.label, 'negative'), eq(reviews.isEscalated, true)),
        isNull(reviews.ownerReply),
        lt(reviews.firstSeenAt, new Date(now.getTime() - 3_600_000)),
        isNull(alerts.id),
        sql`not exists (select 1 from ${replies} where ${replies.orgId} = ${reviews.orgId} and ${replies.reviewId} = ${reviews.id})`,
      ),
    )
    .limit(500);
  const slaByOrg = new Map<string, number>();
  let raised = 0;
  for (const c of candidates) {
    let hours = slaByOrg.get(c.orgId);
    if (hours === undefined) {
      hours = (await readAlertSettings(db, c.orgId)).slaHours;
      slaByOrg.set(c.orgId, hours);
    }
    const waited = (now.getTime() - c.firstSeenAt.getTime()) / 3_600_000;
    if (waited < hours) continue;
    const id = await raiseAlert(db, {
      orgId: c.orgId,
      kind: 'sla_breach',
      dedupeKey: `sla_breach:${c.id}`,
      reviewId: c.id,
      title: `A ${c.isEscalated ? 'escalated' : 'negative'} review has waited ${Math.floor(waited)} h for a reply`,
      body: `${c.author ?? 'A reviewer'} wrote: “${excerpt(c.text)}”\nThe reply target is ${hours} h.`,
      link: `/reviews/${c.id}`,
    });
    if (id) raised++;
  }
  return raised;
}

/** Promises past their due date and not kept: marked alerted first (atomically), so each alerts once. */
export async function raiseOverdueTasks(db: Db, now = new Date()): Promise<number> {
  const due = await db
    .select({ orgId: caseTasks.orgId, id: caseTasks.id })
    .from(caseTasks)
    .where(and(isNull(caseTasks.doneAt), isNull(caseTasks.alertedAt), lt(caseTasks.dueAt, now)))
    .limit(500);
  let raised = 0;
  for (const byOrg of groupByOrg(due)) {
    const marked = await db
      .update(caseTasks)
      .set({ alertedAt: now })
      .where(
        and(eq(caseTasks.orgId, byOrg.orgId), inArray(caseTasks.id, byOrg.ids), isNull(caseTasks.alertedAt)),
      )
      .returning({
        id: caseTasks.id,
        caseId: caseTasks.caseId,
        reviewId: caseTasks.reviewId,
        description: caseTasks.description,
        dueAt: caseTasks.dueAt,
      });
    for (const t of marked) {
      const id = await raiseAlert(db, {
        orgId: byOrg.orgId,
        kind: 'task_overdue',
        dedupeKey: `task_overdue:${t.id}`,
        taskId: t.id,
        caseId: t.caseId,
        reviewId: t.reviewId,
        title: 'A promise to a client is overdue',
        body: `“${excerpt(t.description)}” was due ${t.dueAt.toISOString().slice(0, 16).replace('T', ' ')} UTC and is not marked as kept.`,
        link: t.caseId ? `/cases/${t.caseId}` : t.reviewId ? `/reviews/${t.reviewId}` : '/cases',
      });
      if (id) raised++;
    }
  }
  return raised;
}

function groupByOrg(rows: { orgId: string; id: string }[]) {
  const map = new Map<string, string[]>();
  for (const r of rows) map.set(r.orgId, [...(map.get(r.orgId) ?? []), r.id]);
  return [...map].map(([orgId, ids]) => ({ orgId, ids }));
}
