import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { type AlertChannels, memberships, users } from '../../db/schema/index.ts';
import { buildNotice, type OutgoingMail, type SendResult } from '../../mail/index.ts';
import { computeBackoffMs } from '../../net/backoff.ts';
import type { ClaimedAlert } from './claim-due-alerts.ts';
import { readAlertSettings } from './read-alert-settings.ts';
import { releaseAlert } from './release-alert.ts';
import { SIGNATURE_HEADER, signWebhookBody } from './webhook-signature.ts';

export type WebhookResult = { ok: true } | { ok: false; message: string };

export type AlertDeliveryDeps = {
  db: Db;
  worker: string;
  /** Hands a message to the mail layer: the transactional outbox in the app, a transport in tools. */
  sendMail(
    mail: OutgoingMail,
    meta: { orgId: string; idempotencyKey: string; alertId: string },
  ): Promise<SendResult>;
  postWebhook(url: string, body: string, headers: Record<string, string>): Promise<WebhookResult>;
  from: { name: string; address: string };
  /** Base of the links in emails and webhook payloads. */
  publicUrl: string;
  now?: () => Date;
};

/** After this many failed rounds an alert is marked failed and shown as such; retrying forever helps nobody. */
const MAX_ALERT_ATTEMPTS = 8;

/** The JSON an outgoing webhook receives; `text` makes Slack-style incoming webhooks render it as a message. */
function buildWebhookPayload(alert: ClaimedAlert, publicUrl: string) {
  const url = new URL(alert.link, publicUrl).toString();
  return {
    id: alert.id,
    type: alert.kind,
    title: alert.title,
    text: `${alert.title}\n${alert.body}\n${url}`,
    body: alert.body,
    url,
    orgId: alert.orgId,
    reviewId: alert.reviewId,
    caseId: alert.caseId,
    taskId: alert.taskId,
    createdAt: alert.createdAt.toISOString(),
  };
}

/**
 * Deliver one claimed alert by email to the chosen members and to the org's webhook. Each channel is marked
 * done when it succeeds, so a retry only repeats what failed.
 */
export async function deliverAlert(
  deps: AlertDeliveryDeps,
  alert: ClaimedAlert,
): Promise<'delivered' | 'retry' | 'failed'> {
  const now = deps.now?.() ?? new Date();
  const settings = await readAlertSettings(deps.db, alert.orgId);
  const channels: AlertChannels = structuredClone(alert.channels);
  const errors: string[] = [];

  const userIds = settings.recipients[alert.kind];
  const email = channels.email ?? { done: false, sentTo: [] };
  channels.email = email;
  if (!email.done) {
    const people = userIds.length
      ? await deps.db
          .select({ id: users.id, email: users.email, name: users.name })
          .from(memberships)
          .innerJoin(users, eq(users.id, memberships.userId))
          .where(and(eq(memberships.orgId, alert.orgId), inArray(memberships.userId, userIds)))
      : [];
    for (const person of people) {
      if (email.sentTo.includes(person.email)) continue;
      const idempotencyKey = `alert.${alert.id}.${person.id}`;
      const result = await deps
        .sendMail(
          buildNotice({
            to: { name: person.name || null, address: person.email },
            from: deps.from,
            subject: `[Rebound] ${alert.title}`,
            text: `${alert.body}\n\nOpen it in Rebound: ${new URL(alert.link, deps.publicUrl).toString()}\n\nYou receive this because you were chosen for these alerts in Rebound's alert settings.`,
            idempotencyKey,
            domain: deps.from.address.split('@')[1] ?? 'rebound.localhost',
          }),
          { orgId: alert.orgId, idempotencyKey, alertId: alert.id },
        )
        .catch(
          (error: unknown): SendResult => ({
            ok: false,
            permanent: false,
            response: (error as Error).message,
          }),
        );
      // A refused address will refuse again: count it as handled and say so, rather than retry it forever.
      if (result.ok || result.permanent) email.sentTo.push(person.email);
      if (!result.ok) errors.push(`email to ${person.email}: ${result.response}`);
    }
    email.done = people.every((p) => email.sentTo.includes(p.email));
  }

  if (settings.webhookUrl && settings.webhookSecret) {
    const hook = channels.webhook ?? { done: false };
    channels.webhook = hook;
    if (!hook.done) {
      const body = JSON.stringify(buildWebhookPayload(alert, deps.publicUrl));
      const result = await deps.postWebhook(settings.webhookUrl, body, {
        'content-type': 'application/json',
        [SIGNATURE_HEADER]: signWebhookBody(settings.webhookSecret, body),
        'X-Rebound-Alert-Id': alert.id,
      });
      hook.done = result.ok;
      if (!result.ok) errors.push(`webhook: ${result.message}`);
    }
  }

  const isDone = (channels.email?.done ?? true) && (channels.webhook?.done ?? true);
  if (isDone) {
    await releaseAlert(deps.db, deps.worker, alert, {
      state: 'delivered',
      channels,
      deliveredAt: now,
      lastError: errors.join('; ') || null,
    });
    return 'delivered';
  }
  const attempts = alert.attempts + 1;
  const isFinal = attempts >= MAX_ALERT_ATTEMPTS;
  await releaseAlert(deps.db, deps.worker, alert, {
    state: isFinal ? 'failed' : 'pending',
    channels,
    attempts,
    lastError: errors.join('; ').slice(0, 1000),
    nextAttemptAt: new Date(
      now.getTime() + computeBackoffMs(attempts, { baseMs: 5_000, maxMs: 30 * 60_000 }),
    ),
  });
  return isFinal ? 'failed' : 'retry';
}
