import { channelSendsEmail, channelSendsText, type SaveCampaignInput } from '@rebound/shared';
import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { type CampaignChannel, campaigns, locations, organizations } from '../../db/schema/index.ts';
import { feedbackMergeFields, validateTemplate } from '../../mail/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { conflict, invalid, notFound } from '../errors.ts';
import type { Actor } from '../orgs/members.ts';
import { checkSmsLength, checkSmsTemplate, renderSampleText } from './build-request-text.ts';

/** The e-mail's subject and body, whatever the channel: what a sample or test e-mail needs. */
export function checkEmailTemplates(input: { subjectTemplate: string; bodyTemplate: string }) {
  const fieldErrors: Record<string, string[]> = {};
  const subject = validateTemplate(input.subjectTemplate, feedbackMergeFields);
  if (!input.subjectTemplate.trim()) fieldErrors.subjectTemplate = ['Enter a subject for the e-mail'];
  else if (!subject.ok) fieldErrors.subjectTemplate = subject.errors;
  const body = validateTemplate(input.bodyTemplate, feedbackMergeFields);
  if (!input.bodyTemplate.trim()) fieldErrors.bodyTemplate = ['Enter the e-mail message'];
  else if (!body.ok) fieldErrors.bodyTemplate = body.errors;
  return fieldErrors;
}

/** The templates of the channels the campaign sends by (e-mail when no channel is given), and only those. */
export function checkTemplates(input: {
  subjectTemplate: string;
  bodyTemplate: string;
  channel?: CampaignChannel;
  smsTemplate?: string;
}) {
  const channel = input.channel ?? 'email';
  const fieldErrors: Record<string, string[]> = channelSendsEmail(channel) ? checkEmailTemplates(input) : {};
  if (channelSendsText(channel)) {
    const smsErrors = checkSmsTemplate(input.smsTemplate ?? '');
    if (smsErrors.length) fieldErrors.smsTemplate = smsErrors;
  }
  return fieldErrors;
}

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

const campaignColumns = {
  id: campaigns.id,
  name: campaigns.name,
  locationId: campaigns.locationId,
  status: campaigns.status,
  scale: campaigns.scale,
  subjectTemplate: campaigns.subjectTemplate,
  bodyTemplate: campaigns.bodyTemplate,
  channel: campaigns.channel,
  smsTemplate: campaigns.smsTemplate,
  launchSkips: campaigns.launchSkips,
  audience: campaigns.audience,
  trackOpens: campaigns.trackOpens,
  ratePerMinute: campaigns.ratePerMinute,
  frequencyCapDays: campaigns.frequencyCapDays,
  sendAt: campaigns.sendAt,
  createdAt: campaigns.createdAt,
  launchedAt: campaigns.launchedAt,
};

export async function getCampaign(db: Db, orgId: string, campaignId: string) {
  const [row] = await db
    .select(campaignColumns)
    .from(campaigns)
    .where(and(eq(campaigns.orgId, orgId), eq(campaigns.id, campaignId)));
  if (!row) throw notFound('Campaign');
  return row;
}

export async function listCampaigns(db: Db, orgId: string) {
  return db
    .select(campaignColumns)
    .from(campaigns)
    .where(eq(campaigns.orgId, orgId))
    .orderBy(desc(campaigns.createdAt))
    .limit(200);
}

export async function listLocations(db: Db, orgId: string) {
  return db
    .select({ id: locations.id, name: locations.name, reviewLinks: locations.reviewLinks })
    .from(locations)
    .where(eq(locations.orgId, orgId))
    .orderBy(locations.name);
}
