import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { auditLog, campaigns, feedbackRequests, locations, organizations } from '../../db/schema/index.ts';
import { MailInputError, type OutgoingMail } from '../../mail/index.ts';
import { hashToken, newToken } from '../auth/tokens.ts';
import { conflict, invalid, notFound } from '../errors.ts';
import type { Actor } from '../orgs/members.ts';
import { enqueueEmails } from '../outbox/index.ts';
import { buildRequestMail } from './build-request-mail.ts';
import type { MailSettings } from './mail-settings.ts';
import { checkTemplates } from './save-campaign.ts';
import { selectAudience } from './select-audience.ts';

export type LaunchResult = {
  queued: number;
  excluded: Record<string, number>;
  notes: string[];
  firstSendAt: Date;
};

/**
 * Send a draft campaign: in one transaction, pick the audience, create one feedback request (with a fresh
 * private token) and one outbox message per client, and mark the campaign launched. Messages are spaced by
 * the send rate through their not-before time, so the limit holds however many workers send.
 */
export async function launchCampaign(
  db: Db,
  orgId: string,
  actor: Actor & { name: string },
  campaignId: string,
  settings: MailSettings,
  now = new Date(),
): Promise<LaunchResult> {
  return db.transaction(async (txx) => {
    const tx = txx as unknown as Db;
    const [campaign] = await tx
      .select()
      .from(campaigns)
      .where(and(eq(campaigns.orgId, orgId), eq(campaigns.id, campaignId)))
      .for('update');
    if (!campaign) throw notFound('Campaign');
    if (campaign.status !== 'draft') throw conflict('This campaign was already sent');
    const fieldErrors = checkTemplates(campaign);
    if (Object.keys(fieldErrors).length) throw invalid('The message needs changes', fieldErrors);
    const [org] = await tx
      .select({ name: organizations.name, postalAddress: organizations.postalAddress })
      .from(organizations)
      .where(eq(organizations.id, orgId));
    if (!org?.postalAddress.trim())
      throw invalid('Add the business postal address first: every message must show it');
    const audience = await selectAudience(tx, orgId, campaign.audience, {
      frequencyCapDays: campaign.frequencyCapDays,
      now,
      excludeCampaignId: campaignId,
    });
    if (!audience.eligible.length) throw invalid('Nobody in this audience can be asked right now');
    const locationNames = new Map(
      (
        await tx
          .select({ id: locations.id, name: locations.name })
          .from(locations)
          .where(eq(locations.orgId, orgId))
      ).map((l) => [l.id, l.name]),
    );
    const startAt = campaign.sendAt && campaign.sendAt > now ? campaign.sendAt : now;
    const spacingMs = 60_000 / campaign.ratePerMinute;
    const requests: Array<typeof feedbackRequests.$inferInsert> = [];
    const mails: Array<{ mail: OutgoingMail; opts: Parameters<typeof enqueueEmails>[2][number]['opts'] }> =
      [];
    let skipped = 0;
    for (const client of audience.eligible) {
      const locationId = client.locationId ?? campaign.locationId;
      const token = newToken(32);
      const requestId = randomUUID();
      const outboxId = randomUUID();
      let mail: OutgoingMail;
      try {
        mail = buildRequestMail({
          settings,
          org,
          template: campaign,
          client,
          locationName: locationNames.get(locationId) ?? '',
          senderName: actor.name,
          token,
          idempotencyKey: `feedback.${campaignId}.${client.id}`,
        });
      } catch (error) {
        if (!(error instanceof MailInputError)) throw error;
        skipped += 1;
        continue;
      }
      requests.push({
        orgId,
        id: requestId,
        campaignId,
        clientId: client.id,
        locationId,
        email: client.email,
        tokenHash: hashToken(token),
        requestedBy: actor.userId,
        requestedByLabel: actor.label,
        outboxId,
      });
      mails.push({
        mail,
        opts: {
          id: outboxId,
          idempotencyKey: `feedback.${campaignId}.${client.id}`,
          kind: 'feedback',
          refId: requestId,
          notBefore: new Date(startAt.getTime() + Math.floor(mails.length * spacingMs)),
        },
      });
    }
    for (let i = 0; i < requests.length; i += 500)
      await tx.insert(feedbackRequests).values(requests.slice(i, i + 500));
    await enqueueEmails(tx, orgId, mails);
    const audits: Array<typeof auditLog.$inferInsert> = requests.map((r) => ({
      orgId,
      actorUserId: actor.userId,
      actorLabel: actor.label,
      action: 'feedback.requested',
      entityType: 'client',
      entityId: r.clientId,
      detail: { campaignId, requestId: r.id, email: r.email },
    }));
    audits.push({
      orgId,
      actorUserId: actor.userId,
      actorLabel: actor.label,
      action: 'campaign.launched',
      entityType: 'campaign',
      entityId: campaignId,
      detail: { queued: requests.length, excluded: audience.excluded },
    });
    for (let i = 0; i < audits.length; i += 500) await tx.insert(auditLog).values(audits.slice(i, i + 500));
    await tx
      .update(campaigns)
      .set({ status: 'launched', launchedAt: now, launchedBy: actor.userId, updatedAt: now })
      .where(and(eq(campaigns.orgId, orgId), eq(campaigns.id, campaignId)));
    const notes = skipped
      ? [...audience.notes, `${skipped} client(s) skipped: their address cannot be mailed`]
      : audience.notes;
    return { queued: requests.length, excluded: audience.excluded, notes, firstSendAt: startAt };
  });
}
