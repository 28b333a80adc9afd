import { channelSendsEmail, channelSendsText } from '@rebound/shared';
import type { CampaignChannel } from '../../db/schema/index.ts';
import { feedbackMergeFields, validateTemplate } from '../../mail/index.ts';
import { checkSmsTemplate } from './request-text.ts';

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
