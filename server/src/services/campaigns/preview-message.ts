import { type CampaignChannelInput, channelSendsEmail } from '@rebound/shared';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { locations, organizations } from '../../db/schema/index.ts';
import { buildSampleMail } from './build-sample-mail.ts';
import type { MailSettings } from './mail-settings.ts';
import { checkSmsLength, checkSmsTemplate, renderSampleText } from './request-text.ts';

export type PreviewInput = {
  /** Texts only: no e-mail is built. */
  channel?: CampaignChannelInput | undefined;
  subjectTemplate: string;
  bodyTemplate: string;
  locationId?: string | undefined;
  clientId?: string | undefined;
  trackOpens?: boolean;
  smsTemplate?: string | undefined;
};

export async function previewMessage(
  db: Db,
  orgId: string,
  input: PreviewInput,
  settings: MailSettings,
  senderName: string,
) {
  const { mail, errors } =
    !input.channel || channelSendsEmail(input.channel)
      ? await buildSampleMail(db, orgId, input, { settings, senderName, idempotencyKey: 'preview' })
      : { mail: null, errors: [] };
  const sms =
    input.smsTemplate === undefined
      ? null
      : await previewText(db, orgId, input.smsTemplate, settings, senderName, input.locationId);
  return { subject: mail?.subject ?? '', text: mail?.text ?? '', html: mail?.html ?? '', errors, sms };
}

/** The text the sample client would get, for the editor's live count. */
async function previewText(
  db: Db,
  orgId: string,
  template: string,
  settings: MailSettings,
  senderName: string,
  locationId: string | undefined,
): Promise<{ text: string; errors: string[] }> {
  const templateErrors = checkSmsTemplate(template);
  if (templateErrors.length) return { text: '', errors: templateErrors };
  const [org] = await db
    .select({ name: organizations.name })
    .from(organizations)
    .where(eq(organizations.id, orgId));
  const [loc] = locationId
    ? await db
        .select({ name: locations.name })
        .from(locations)
        .where(and(eq(locations.orgId, orgId), eq(locations.id, locationId)))
    : [];
  const text = renderSampleText({
    businessName: org?.name ?? '',
    template,
    locationName: loc?.name ?? '',
    senderName,
    publicUrl: settings.publicUrl,
  });
  return { text, errors: checkSmsLength(text) };
}
