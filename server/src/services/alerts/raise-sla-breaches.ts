import { and, eq, isNull, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { alerts, replies, reviews } from '../../db/schema/index.ts';
import { excerpt } from './due-alert-rows.ts';
import { raiseAlert } from './raise-alert.ts';
import { readAlertSettings } from './read-alert-settings.ts';

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
