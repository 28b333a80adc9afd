import { channelSendsEmail, channelSendsText, type SaveCampaignInput } from '@rebound/shared';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { campaigns, locations, organizations } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { conflict, invalid, notFound } from '../errors.ts';
import type { Actor } from '../orgs/members.ts';
import { checkTemplates } from './campaign-templates.ts';
import { checkSmsLength, renderSampleText } from './request-text.ts';

/** Create or edit a draft campaign. A launched campaign is history and cannot change. */
export async function saveCampaign(
  db: Db,
  orgId: string,
  actor: Actor,
  input: SaveCampaignInput,
  /** Where the text's link points; its length counts in the text's segments. */
  publicUrl = 'https://rebound.invalid',
) {
  // Callers written before texts existed leave the channel out: e-mail, as before.
  const channel = input.channel ?? 'email';
  const smsTemplate = input.smsTemplate ?? '';
  const fieldErrors = checkTemplates({ ...input, channel, smsTemplate });
  if (channel !== 'email' && !fieldErrors.smsTemplate) {
    const [org] = await db
      .select({ name: organizations.name })
      .from(organizations)
      .where(eq(organizations.id, orgId));
    const sample = renderSampleText({
      businessName: org?.name ?? '',
      template: smsTemplate,
      locationName: '',
      senderName: actor.label,
      publicUrl,
    });
    const lengthErrors = checkSmsLength(sample);
    if (lengthErrors.length) fieldErrors.smsTemplate = lengthErrors;
  }
  if (Object.keys(fieldErrors).length) throw invalid('The message needs changes', fieldErrors);
  const [loc] = await db
    .select({ id: locations.id })
    .from(locations)
    .where(and(eq(locations.orgId, orgId), eq(locations.id, input.locationId)));
  if (!loc) throw notFound('Location');
  const values = {
    name: input.name,
    locationId: input.locationId,
    scale: input.scale,
    // Only the channels it sends by: a text-only campaign keeps no e-mail, an e-mail-only one no text.
    subjectTemplate: channelSendsEmail(channel) ? input.subjectTemplate : '',
    bodyTemplate: channelSendsEmail(channel) ? input.bodyTemplate : '',
    channel,
    smsTemplate: channelSendsText(channel) ? smsTemplate : '',
    audience:
      input.audience.mode === 'rules' ? { ...input.audience, tags: input.audience.tags } : input.audience,
    trackOpens: input.trackOpens,
    ratePerMinute: input.ratePerMinute,
    frequencyCapDays: input.frequencyCapDays,
    sendAt: input.sendAt ? new Date(input.sendAt) : null,
  };
  if (input.campaignId) {
    const [current] = await db
      .select({ status: campaigns.status })
      .from(campaigns)
      .where(and(eq(campaigns.orgId, orgId), eq(campaigns.id, input.campaignId)));
    if (!current) throw notFound('Campaign');
    if (current.status !== 'draft') throw conflict('This campaign was already sent and can no longer change');
    await db
      .update(campaigns)
      .set({ ...values, updatedAt: new Date() })
      .where(
        and(eq(campaigns.orgId, orgId), eq(campaigns.id, input.campaignId), eq(campaigns.status, 'draft')),
      );
    return { campaignId: input.campaignId };
  }
  const [row] = await db
    .insert(campaigns)
    .values({ orgId, ...values, createdBy: actor.userId })
    .returning({ id: campaigns.id });
  if (!row) throw new Error('insert returned no row');
  await recordAudit(db, {
    orgId,
    actorUserId: actor.userId,
    actorLabel: actor.label,
    action: 'campaign.created',
    entityType: 'campaign',
    entityId: row.id,
    detail: { name: input.name },
  });
  return { campaignId: row.id };
}
