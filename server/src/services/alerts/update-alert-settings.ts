import { type AlertSettingsInput, alertKinds } from '@rebound/shared';
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { memberships } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { invalid } from '../errors.ts';
import type { Actor } from '../orgs/members.ts';
import { newWebhookSecret, type Stored, writeStored } from './alert-settings.ts';
import { readAlertSettings } from './read-alert-settings.ts';

/** Save who gets which alert and where the webhook goes; a signing secret is created with the first webhook. */
export async function updateAlertSettings(db: Db, orgId: string, actor: Actor, input: AlertSettingsInput) {
  const chosen = [...new Set(alertKinds.flatMap((k) => input.recipients[k]))];
  if (chosen.length) {
    const members = await db
      .select({ userId: memberships.userId })
      .from(memberships)
      .where(and(eq(memberships.orgId, orgId), inArray(memberships.userId, chosen)));
    // Only members of this org can receive its alerts; an id from elsewhere is refused, not silently kept.
    if (members.length !== chosen.length)
      throw invalid('Alerts can only go to members of this organization', { recipients: ['Unknown member'] });
  }
  const current = await readAlertSettings(db, orgId);
  const webhookSecret = current.webhookSecret ?? (input.webhookUrl ? newWebhookSecret() : null);
  const next: Stored = { ...input, ...(webhookSecret ? { webhookSecret } : {}) };
  await writeStored(db, orgId, next);
  await recordAudit(db, {
    orgId,
    actorUserId: actor.userId,
    actorLabel: actor.label,
    action: 'alerts.settings_changed',
    entityType: 'organization',
    entityId: orgId,
    detail: { slaHours: input.slaHours, webhook: input.webhookUrl ? 'set' : 'none' },
  });
  return readAlertSettings(db, orgId);
}
