import { randomBytes } from 'node:crypto';
import { type AlertKind, type AlertSettingsInput, alertKinds, rolesWith } from '@rebound/shared';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { memberships, organizations } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { invalid } from '../errors.ts';
import type { Actor } from '../orgs/members.ts';

export const DEFAULT_SLA_HOURS = 24;

export type AlertSettings = AlertSettingsInput & { webhookSecret: string | null };

type Stored = Partial<AlertSettingsInput> & { webhookSecret?: string };

const emptyRecipients = (): Record<AlertKind, string[]> => ({
  new_negative: [],
  escalated: [],
  sla_breach: [],
  task_overdue: [],
});

/** The org's alert settings with defaults: 24 h SLA, owners receive every alert until someone chooses otherwise. */
export async function readAlertSettings(
  db: Db,
  orgId: string,
): Promise<AlertSettings & { isDefault: boolean }> {
  const [org] = await db
    .select({ settings: organizations.settings })
    .from(organizations)
    .where(eq(organizations.id, orgId));
  const stored = (org?.settings.alerts ?? null) as Stored | null;
  const recipients = emptyRecipients();
  if (stored?.recipients) {
    for (const kind of alertKinds) recipients[kind] = stored.recipients[kind] ?? [];
  } else {
    const owners = await db
      .select({ userId: memberships.userId })
      .from(memberships)
      .where(and(eq(memberships.orgId, orgId), inArray(memberships.role, rolesWith('alerts.receive'))));
    for (const kind of alertKinds) recipients[kind] = owners.map((o) => o.userId);
  }
  return {
    slaHours: stored?.slaHours ?? DEFAULT_SLA_HOURS,
    recipients,
    webhookUrl: stored?.webhookUrl ?? '',
    webhookSecret: stored?.webhookSecret ?? null,
    isDefault: !stored,
  };
}

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

export async function rotateWebhookSecret(db: Db, orgId: string, actor: Actor) {
  const current = await readAlertSettings(db, orgId);
  const { isDefault: _d, ...rest } = current;
  await writeStored(db, orgId, { ...rest, webhookSecret: newWebhookSecret() });
  await recordAudit(db, {
    orgId,
    actorUserId: actor.userId,
    actorLabel: actor.label,
    action: 'alerts.webhook_secret_rotated',
    entityType: 'organization',
    entityId: orgId,
  });
  return readAlertSettings(db, orgId);
}

const newWebhookSecret = () => `whsec_${randomBytes(24).toString('base64url')}`;

async function writeStored(db: Db, orgId: string, value: Stored) {
  // jsonb_set keeps the other settings (business profile, ...) that other parts of the app store alongside.
  await db
    .update(organizations)
    .set({
      settings: sql`jsonb_set(${organizations.settings}, '{alerts}', ${JSON.stringify(value)}::jsonb, true)`,
    })
    .where(eq(organizations.id, orgId));
}
