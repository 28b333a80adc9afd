import { z } from 'zod';
import { tagSchema } from './clients.ts';
import { dateTimeSchema } from './dates.ts';
import { uuidSchema } from './replies.ts';

export const feedbackScales = ['five', 'nps'] as const;
export const feedbackScaleSchema = z.enum(feedbackScales);

export const campaignAudienceSchema = z.discriminatedUnion('mode', [
  z.object({
    mode: z.literal('rules'),
    servedWithinDays: z.number().int().min(1).max(3650),
    tags: z.array(tagSchema).max(20).default([]),
  }),
  z.object({ mode: z.literal('list'), clientIds: z.array(uuidSchema).min(1).max(20_000) }),
]);
export type CampaignAudienceInput = z.infer<typeof campaignAudienceSchema>;

/** E-mail, text message, or both; texts go only to clients who agreed to them. */
export const campaignChannels = ['email', 'sms', 'both'] as const;
export const campaignChannelSchema = z.enum(campaignChannels);
export type CampaignChannelInput = z.infer<typeof campaignChannelSchema>;

export function channelSendsEmail(channel: CampaignChannelInput): boolean {
  return channel !== 'sms';
}

export function channelSendsText(channel: CampaignChannelInput): boolean {
  return channel !== 'email';
}

/** The words of a text, before the business name, the link and how to stop are added around them. */
export const smsTemplateSchema = z.string().trim().max(600, 'Keep the text under 600 characters');

const subjectTemplateSchema = z.string().trim().max(300, 'Keep the subject under 300 characters');
const bodyTemplateSchema = z.string().trim().max(20_000, 'Keep the message under 20,000 characters');

/**
 * The message fields a channel needs, each required only when the campaign sends by it: a text-only
 * campaign carries no e-mail, an e-mail-only one no text.
 */
function requireChannelFields(
  input: {
    channel: CampaignChannelInput;
    subjectTemplate: string;
    bodyTemplate: string;
    smsTemplate: string;
  },
  ctx: z.RefinementCtx,
) {
  const missing = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
  if (channelSendsEmail(input.channel)) {
    if (!input.subjectTemplate) missing('subjectTemplate', 'Enter a subject for the e-mail');
    if (!input.bodyTemplate) missing('bodyTemplate', 'Enter the e-mail message');
  }
  if (channelSendsText(input.channel) && !input.smsTemplate)
    missing('smsTemplate', 'Write the words of the text message');
}

export const saveCampaignInput = z
  .object({
    campaignId: uuidSchema.optional(),
    name: z.string().trim().min(1, 'Name the campaign').max(120),
    locationId: uuidSchema,
    scale: feedbackScaleSchema.default('five'),
    audience: campaignAudienceSchema,
    trackOpens: z.boolean().default(true),
    ratePerMinute: z.number().int().min(1).max(100_000).default(60),
    frequencyCapDays: z.number().int().min(1).max(3650).default(90),
    sendAt: dateTimeSchema.nullable().optional(),
    channel: campaignChannelSchema.default('email'),
    subjectTemplate: subjectTemplateSchema.default(''),
    bodyTemplate: bodyTemplateSchema.default(''),
    smsTemplate: smsTemplateSchema.default(''),
  })
  .superRefine(requireChannelFields);
export type SaveCampaignInput = z.infer<typeof saveCampaignInput>;

export const campaignIdInput = z.object({ campaignId: uuidSchema });

/** The live preview: the e-mail is built unless the channel is texts only; the text when its words are given. */
export const previewMessageInput = z.object({
  channel: campaignChannelSchema.optional(),
  subjectTemplate: subjectTemplateSchema.default(''),
  bodyTemplate: bodyTemplateSchema.default(''),
  locationId: uuidSchema.optional(),
  clientId: uuidSchema.optional(),
  smsTemplate: smsTemplateSchema.optional(),
});

export const audiencePreviewInput = z.object({
  audience: campaignAudienceSchema,
  frequencyCapDays: z.number().int().min(1).max(3650).default(90),
  channel: campaignChannelSchema.optional(),
});

export const campaignRequestsInput = z.object({
  campaignId: uuidSchema,
  limit: z.number().int().min(1).max(2000).optional(),
});

export const funnelInput = z.object({ campaignId: uuidSchema.optional() });

export const outboxListInput = z.object({
  status: z.enum(['queued', 'sending', 'sent', 'failed', 'bounced', 'cancelled']).optional(),
  limit: z.number().int().min(1).max(1000).optional(),
});

export const outboxFileInput = z.object({ file: z.string().min(1).max(260) });

/** Wording shown to clients and staff for each score scale; the low end opens a recovery case. */
export const scaleBounds = {
  five: { min: 1, max: 5, lowAtMost: 2 },
  nps: { min: 0, max: 10, lowAtMost: 6 },
} as const;
