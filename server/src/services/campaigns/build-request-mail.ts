import { buildFeedbackRequest, type OutgoingMail } from '../../mail/index.ts';
import type { MailSettings } from './mail-settings.ts';

export type RequestMailInput = {
  settings: MailSettings;
  org: { name: string; postalAddress: string };
  template: { subjectTemplate: string; bodyTemplate: string; trackOpens: boolean };
  client: { name: string | null; email: string };
  locationName: string;
  senderName: string;
  token: string;
  idempotencyKey: string;
};

/** The feedback request for one client; every link carries the request's private token. */
export function buildRequestMail(input: RequestMailInput): OutgoingMail {
  const base = `${input.settings.publicUrl}`;
  return buildFeedbackRequest({
    client: { name: input.client.name || null, email: input.client.email },
    business: {
      name: input.org.name,
      postalAddress: input.org.postalAddress,
      fromAddress: input.settings.fromAddress,
    },
    subjectTemplate: input.template.subjectTemplate,
    bodyTemplate: input.template.bodyTemplate,
    fields: { locationName: input.locationName, senderName: input.senderName },
    feedbackUrl: `${base}/f/${input.token}`,
    unsubscribeUrl: `${base}/u/${input.token}`,
    openPixelUrl: input.template.trackOpens ? `${base}/f/${input.token}/o.gif` : null,
    idempotencyKey: input.idempotencyKey,
    domain: input.settings.domain,
  });
}
