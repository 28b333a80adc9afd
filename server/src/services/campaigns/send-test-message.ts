import { randomUUID } from 'node:crypto';
import { channelSendsEmail } from '@rebound/shared';
import type { Db } from '../../db/client.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { invalid } from '../errors.ts';
import type { Actor } from '../orgs/members.ts';
import { enqueueEmail } from '../outbox/index.ts';
import { buildSampleMail } from './build-sample-mail.ts';
import { getCampaign } from './get-campaign.ts';
import type { MailSettings } from './mail-settings.ts';

/** Send the campaign's message, filled in for a sample client, to the person asking. */
export async function sendTestMessage(
  db: Db,
  orgId: string,
  actor: Actor & { name: string; email: string },
  campaignId: string,
  settings: MailSettings,
) {
  const campaign = await getCampaign(db, orgId, campaignId);
  if (!channelSendsEmail(campaign.channel))
    throw invalid('A test goes out by e-mail, and this campaign sends text messages only');
  const { mail, errors } = await buildSampleMail(
    db,
    orgId,
    { ...campaign, locationId: campaign.locationId },
    {
      settings,
      senderName: actor.name,
      to: { name: actor.name, email: actor.email },
      idempotencyKey: `test.${campaignId}.${randomUUID()}`,
    },
  );
  if (!mail) throw invalid(errors.join('; ') || 'The message cannot be built');
  mail.subject = `[Test] ${mail.subject}`;
  const queued = await enqueueEmail(db, orgId, mail, { idempotencyKey: mail.messageId, kind: 'test' });
  await recordAudit(db, {
    orgId,
    actorUserId: actor.userId,
    actorLabel: actor.label,
    action: 'campaign.test_sent',
    entityType: 'campaign',
    entityId: campaignId,
    detail: { to: actor.email },
  });
  return { outboxId: queued.id, to: actor.email };
}
