import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import {
  auditLog,
  campaigns,
  feedbackRequests,
  type LaunchSkips,
  locations,
  organizations,
} from '../../db/schema/index.ts';
import { MailInputError, type OutgoingMail } from '../../mail/index.ts';
import { hashToken, newToken } from '../auth/tokens.ts';
import { conflict, invalid, notFound } from '../errors.ts';
import type { Actor } from '../orgs/members.ts';
import { enqueueEmails } from '../outbox/index.ts';
import { buildRequestMail } from './build-request-mail.ts';
import { checkTemplates } from './campaign-templates.ts';
import { dropEmail } from './drop-email.ts';
import { enqueueRequestTexts, type RequestText } from './enqueue-request-texts.ts';
import type { MailSettings } from './mail-settings.ts';
import { type ChannelPlan, planChannels } from './plan-channels.ts';
import { renderRequestText, textLinkFor } from './request-text.ts';
import { selectAudience } from './select-audience.ts';

export type LaunchResult = {
  /** Clients asked, on one channel or two. */
  queued: number;
  emails: number;
  texts: number;
  excluded: Record<string, number>;
  skipped: LaunchSkips;
  notes: string[];
  firstSendAt: Date;
};

/** The skips in words, for the error when a launch would reach nobody. */
function describeSkips(s: LaunchSkips): string {
  const parts = [
    [s.sms.noConsent, 'without consent to texts'],
    [s.sms.noPhone, 'without a mobile number'],
    [s.sms.optedOut, 'opted out of texts'],
    [s.email.suppressed, 'unsubscribed from e-mail'],
    [s.email.noEmail, 'without an e-mail address'],
  ] as const;
  return parts
    .filter(([n]) => n > 0)
    .map(([n, what]) => `${n} ${what}`)
    .join(', ');
}

/**
 * Send a draft campaign: in one transaction, pick the audience and the channels that reach each client,
 * create one feedback request (one private token, so one link to the same page whatever the channel) and
 * one outbox message per channel, and mark the campaign launched with its skip counts. Messages are spaced
 * by the send rate through their not-before time, so the limit holds however many workers send.
 */
export async function launchCampaign(
  db: Db,
  orgId: string,
  actor: Actor & { name: string },
  campaignId: string,
  settings: MailSettings,
  now = new Date(),
): Promise<LaunchResult> {
  return db.transaction(async (tx) => {
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
      channel: campaign.channel,
    });
    if (!audience.eligible.length) throw invalid('Nobody in this audience can be asked right now');
    const startAt = campaign.sendAt && campaign.sendAt > now ? campaign.sendAt : now;
    const planned = await planChannels(tx, orgId, campaign.channel, audience.eligible, startAt);
    const skips = planned.skips;
    // An e-mail-only audience already left suppressed clients out; they are the same skip, shown once.
    skips.email.suppressed += audience.excluded.suppressed;
    skips.unreached += audience.excluded.suppressed;
    const locationNames = new Map(
      (
        await tx
          .select({ id: locations.id, name: locations.name })
          .from(locations)
          .where(eq(locations.orgId, orgId))
      ).map((l) => [l.id, l.name]),
    );
    const spacingMs = 60_000 / campaign.ratePerMinute;
    const requests: Array<typeof feedbackRequests.$inferInsert> = [];
    const mails: Array<{ mail: OutgoingMail; opts: Parameters<typeof enqueueEmails>[2][number]['opts'] }> =
      [];
    const texts: RequestText[] = [];
    for (const first of planned.plans) {
      let plan: ChannelPlan | null = first;
      const { client } = first;
      const locationId = client.locationId ?? campaign.locationId;
      const locationName = locationNames.get(locationId) ?? '';
      const token = newToken(32);
      const requestId = randomUUID();
      const outboxId = randomUUID();
      let mail: OutgoingMail | null = null;
      if (plan.isEmailed) {
        try {
          mail = buildRequestMail({
            settings,
            org,
            template: campaign,
            client,
            locationName,
            senderName: actor.name,
            token,
            idempotencyKey: `feedback.${campaignId}.${client.id}`,
          });
        } catch (error) {
          if (!(error instanceof MailInputError)) throw error;
          plan = dropEmail(plan, skips);
        }
      }
      if (!plan) continue;
      requests.push({
        orgId,
        id: requestId,
        campaignId,
        clientId: client.id,
        locationId,
        email: client.email,
        phone: plan.text?.phone ?? null,
        tokenHash: hashToken(token),
        requestedBy: actor.userId,
        requestedByLabel: actor.label,
        outboxId: mail ? outboxId : null,
      });
      if (mail)
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
      if (plan.text) {
        const spaced = new Date(startAt.getTime() + Math.floor(texts.length * spacingMs));
        texts.push({
          clientId: client.id,
          to: plan.text.phone,
          body: renderRequestText({
            businessName: org.name,
            template: campaign.smsTemplate,
            clientName: client.name,
            locationName,
            senderName: actor.name,
            link: textLinkFor(settings.publicUrl, token),
          }),
          // Spaced like e-mail, and never before 8:00 on the client's clock.
          notBefore: spaced > plan.text.sendAt ? spaced : plan.text.sendAt,
        });
      }
    }
    if (!requests.length)
      throw invalid(`Nobody in this audience can be reached on this channel: ${describeSkips(skips)}`);
    for (let i = 0; i < requests.length; i += 500)
      await tx.insert(feedbackRequests).values(requests.slice(i, i + 500));
    await enqueueEmails(tx, orgId, mails);
    await enqueueRequestTexts(tx, orgId, campaignId, texts);
    const audits: Array<typeof auditLog.$inferInsert> = requests.map((r) => ({
      orgId,
      actorUserId: actor.userId,
      actorLabel: actor.label,
      action: 'feedback.requested',
      entityType: 'client',
      entityId: r.clientId,
      detail: { campaignId, requestId: r.id, email: r.outboxId ? r.email : null, phone: r.phone },
    }));
    audits.push({
      orgId,
      actorUserId: actor.userId,
      actorLabel: actor.label,
      action: 'campaign.launched',
      entityType: 'campaign',
      entityId: campaignId,
      detail: { queued: requests.length, excluded: audience.excluded, skipped: skips },
    });
    for (let i = 0; i < audits.length; i += 500) await tx.insert(auditLog).values(audits.slice(i, i + 500));
    await tx
      .update(campaigns)
      .set({
        status: 'launched',
        launchedAt: now,
        launchedBy: actor.userId,
        launchSkips: skips,
        updatedAt: now,
      })
      .where(and(eq(campaigns.orgId, orgId), eq(campaigns.id, campaignId)));
    return {
      queued: requests.length,
      emails: mails.length,
      texts: texts.length,
      excluded: audience.excluded,
      skipped: skips,
      notes: audience.notes,
      firstSendAt: startAt,
    };
  });
}
