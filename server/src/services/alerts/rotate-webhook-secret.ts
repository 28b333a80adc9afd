import type { Db } from '../../db/client.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Actor } from '../orgs/members.ts';
import { newWebhookSecret, writeStored } from './alert-settings.ts';
import { readAlertSettings } from './read-alert-settings.ts';

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
