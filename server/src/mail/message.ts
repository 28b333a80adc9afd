import { requireMailboxAddress, requireWebUrl } from './address.ts';
import { MailInputError } from './errors.ts';
import {
  renderLink,
  renderPlainTextAsHtml,
  renderTextTemplateAsHtml,
  wrapHtmlDocument,
} from './html-body.ts';
import { findIncentiveWording } from './incentive-wording.ts';
import { buildMessageId } from './message-id.ts';
import { parseTemplate, renderTemplate } from './template.ts';
import { escapeHtml, toCleanLines, toHeaderText } from './text-safety.ts';

export { toRawMessage } from './raw-message.ts';

export type OutgoingMail = {
  to: { name: string | null; address: string };
  from: { name: string; address: string };
  replyTo?: string;
  subject: string;
  text: string;
  html: string;
  /** Deterministic `<key@domain>`, so a retried send is recognisably the same message. */
  messageId: string;
  /** https URL; when set, the RFC 8058 one-click unsubscribe headers are added. */
  listUnsubscribeUrl?: string;
  /** Optional second List-Unsubscribe target (`mailto:` address). */
  listUnsubscribeMailto?: string;
  headers?: Record<string, string>;
  /** Defaults to the moment the raw message is built. */
  date?: Date;
};

export type FeedbackRequestInput = {
  client: { name: string | null; email: string };
  business: { name: string; postalAddress: string; fromAddress: string; replyTo?: string };
  subjectTemplate: string;
  /** Plain-text template with merge fields; the html part is derived from it. */
  bodyTemplate: string;
  fields: Record<string, string>;
  feedbackUrl: string;
  unsubscribeUrl: string;
  unsubscribeMailto?: string;
  openPixelUrl?: string | null;
  idempotencyKey: string;
  domain: string;
};

const nameLimit = 120;
const subjectLimit = 200;
const linkFields: ReadonlySet<string> = new Set(['feedbackUrl', 'unsubscribeUrl']);

function splitName(fullName: string): { firstName: string; lastName: string } {
  const [firstName = '', ...rest] = fullName.split(' ');
  return { firstName, lastName: rest.join(' ') };
}

function buildMergeFields(
  input: FeedbackRequestInput,
  urls: { feedbackUrl: string; unsubscribeUrl: string },
) {
  const clientName = input.client.name ? toHeaderText(input.client.name, nameLimit) : '';
  const callerFields: Record<string, string> = {};
  for (const [key, value] of Object.entries(input.fields)) callerFields[key] = toHeaderText(value, nameLimit);
  return {
    clientName,
    ...splitName(clientName),
    ...callerFields,
    // Ours always win: a caller field named feedbackUrl must not redirect the link.
    businessName: toHeaderText(input.business.name, nameLimit),
    ...urls,
  };
}

function requireCleanTemplates(subjectTemplate: string, bodyTemplate: string): void {
  const offers = findIncentiveWording(`${subjectTemplate}\n${bodyTemplate}`);
  if (offers.length > 0) {
    throw new MailInputError(
      offers.map((phrase) => `Template offers an incentive for a review ("${phrase}")`),
    );
  }
}

export function buildFeedbackRequest(input: FeedbackRequestInput): OutgoingMail {
  requireCleanTemplates(input.subjectTemplate, input.bodyTemplate);
  const feedbackUrl = requireWebUrl(input.feedbackUrl, 'Feedback URL');
  const unsubscribeUrl = requireWebUrl(input.unsubscribeUrl, 'Unsubscribe URL');
  const openPixelUrl = input.openPixelUrl ? requireWebUrl(input.openPixelUrl, 'Open pixel URL') : null;
  const postalAddress = toCleanLines(input.business.postalAddress).trim();
  if (!postalAddress) throw new MailInputError(['The business postal address is required in every request']);
  const fields = buildMergeFields(input, { feedbackUrl, unsubscribeUrl });
  const businessName = fields.businessName;

  // The whole point of the message is the link; a template that forgot it still gets one.
  const hasLink = parseTemplate(input.bodyTemplate).segments.some(
    (s) => s.kind === 'field' && s.name === 'feedbackUrl',
  );
  const bodyTemplate = hasLink ? input.bodyTemplate : `${input.bodyTemplate.trimEnd()}\n\n{{feedbackUrl}}`;
  const subject =
    toHeaderText(renderTemplate(input.subjectTemplate, fields, 'text'), subjectLimit) ||
    `A quick question from ${businessName}`;

  const reason = `You are receiving this because you were recently a client of ${businessName}.`;
  const text = [
    renderTemplate(toCleanLines(bodyTemplate), fields, 'text').trim(),
    '',
    '-- ', // the conventional signature separator, so clients can fold the footer
    businessName,
    postalAddress,
    '',
    reason,
    `To stop these emails, unsubscribe here: ${unsubscribeUrl}`,
    '',
  ].join('\n');

  const footerHtml = [
    '<hr style="border: none; border-top: 1px solid #d0d7de; margin: 24px 0 12px;">',
    `<p dir="auto" style="font-size: 12px; color: #57606a;"><bdi>${escapeHtml(businessName)}</bdi><br>`,
    `${postalAddress.split('\n').map(escapeHtml).join('<br>\n')}</p>`,
    `<p style="font-size: 12px; color: #57606a;">${escapeHtml(reason)}<br>`,
    `To stop these emails, ${renderLink(unsubscribeUrl, 'unsubscribe here')}: ${escapeHtml(unsubscribeUrl)}</p>`,
    openPixelUrl
      ? `<img src="${escapeHtml(openPixelUrl)}" width="1" height="1" alt="" style="display: block; border: 0;">`
      : '',
  ].join('\n');
  const bodyHtml = renderTextTemplateAsHtml(parseTemplate(bodyTemplate).segments, fields, linkFields);

  const mail: OutgoingMail = {
    to: {
      name: input.client.name ? toHeaderText(input.client.name, nameLimit) : null,
      address: requireMailboxAddress(input.client.email, 'Recipient'),
    },
    from: { name: businessName, address: requireMailboxAddress(input.business.fromAddress, 'From') },
    subject,
    text,
    html: wrapHtmlDocument(subject, `${bodyHtml}\n${footerHtml}`),
    messageId: buildMessageId(input.idempotencyKey, input.domain),
    listUnsubscribeUrl: unsubscribeUrl,
  };
  if (input.business.replyTo) mail.replyTo = requireMailboxAddress(input.business.replyTo, 'Reply-To');
  if (input.unsubscribeMailto)
    mail.listUnsubscribeMailto = requireMailboxAddress(input.unsubscribeMailto, 'Unsubscribe mailbox');
  return mail;
}

export type NoticeInput = {
  to: { name: string | null; address: string };
  from: { name: string; address: string };
  subject: string;
  /** Plain text; the html part is this text escaped, never caller markup. */
  text: string;
  idempotencyKey: string;
  domain: string;
  replyTo?: string;
  listUnsubscribeUrl?: string;
};

/** Alerts and the weekly digest: our own wording around possibly hostile review snippets. */
export function buildNotice(input: NoticeInput): OutgoingMail {
  const subject = toHeaderText(input.subject, subjectLimit) || 'Rebound notice';
  const text = `${toCleanLines(input.text).trim()}\n`;
  const mail: OutgoingMail = {
    to: {
      name: input.to.name ? toHeaderText(input.to.name, nameLimit) : null,
      address: requireMailboxAddress(input.to.address, 'Recipient'),
    },
    from: {
      name: toHeaderText(input.from.name, nameLimit),
      address: requireMailboxAddress(input.from.address, 'From'),
    },
    subject,
    text,
    html: wrapHtmlDocument(subject, renderPlainTextAsHtml(text)),
    messageId: buildMessageId(input.idempotencyKey, input.domain),
    // Keeps vacation responders and ticket systems from answering machine mail (RFC 3834).
    headers: { 'Auto-Submitted': 'auto-generated' },
  };
  if (input.replyTo) mail.replyTo = requireMailboxAddress(input.replyTo, 'Reply-To');
  if (input.listUnsubscribeUrl)
    mail.listUnsubscribeUrl = requireWebUrl(input.listUnsubscribeUrl, 'Unsubscribe URL');
  return mail;
}
