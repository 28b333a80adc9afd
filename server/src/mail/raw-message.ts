import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import type Mail from 'nodemailer/lib/mailer/index.js';
import { requireMailboxAddress, requireWebUrl } from './address.ts';
import { MailInputError } from './errors.ts';
import type { OutgoingMail } from './message.ts';
import { toHeaderText, toSingleLine } from './text-safety.ts';

// Headers the composer owns; a caller-supplied header with one of these names could add recipients or
// replace the body, so it is refused instead of merged.
const reservedHeaders = new Set([
  'from',
  'to',
  'cc',
  'bcc',
  'reply-to',
  'sender',
  'subject',
  'date',
  'message-id',
  'mime-version',
  'content-type',
  'content-transfer-encoding',
  'content-disposition',
  'list-unsubscribe',
  'list-unsubscribe-post',
  'return-path',
  'received',
  'in-reply-to',
  'references',
]);
const headerName = /^[A-Za-z0-9][A-Za-z0-9-]{0,63}$/;
const messageIdShape = /^<[\x21-\x3b\x3d\x3f-\x7e]{1,240}@[A-Za-z0-9.-]{1,253}>$/;

function buildExtraHeaders(mail: OutgoingMail): Mail.Headers {
  const headers: Record<string, string | { prepared: boolean; value: string }> = {};
  for (const [name, value] of Object.entries(mail.headers ?? {})) {
    if (!headerName.test(name) || reservedHeaders.has(name.toLowerCase())) {
      throw new MailInputError([
        `Header "${toSingleLine(name).slice(0, 64)}" cannot be set on outgoing mail`,
      ]);
    }
    headers[name] = toHeaderText(value, 900);
  }
  if (mail.listUnsubscribeUrl) {
    const targets = [`<${requireWebUrl(mail.listUnsubscribeUrl, 'Unsubscribe URL')}>`];
    if (mail.listUnsubscribeMailto) {
      const mailbox = requireMailboxAddress(mail.listUnsubscribeMailto, 'Unsubscribe mailbox');
      targets.push(`<mailto:${mailbox}?subject=unsubscribe>`);
    }
    // Prepared: folding inside a URL would break it for receivers that do not unfold perfectly.
    headers['List-Unsubscribe'] = { prepared: true, value: targets.join(', ') };
    headers['List-Unsubscribe-Post'] = { prepared: true, value: 'List-Unsubscribe=One-Click' };
  }
  return headers;
}

/** RFC 5322 bytes. Re-checks every header-bound value, since an OutgoingMail may not come from our builders. */
export function toRawMessage(mail: OutgoingMail): Promise<Buffer> {
  let composer: MailComposer;
  try {
    if (!messageIdShape.test(mail.messageId)) throw new MailInputError(['Message-ID is malformed']);
    composer = new MailComposer({
      from: {
        name: toHeaderText(mail.from.name, 120),
        address: requireMailboxAddress(mail.from.address, 'From'),
      },
      to: [
        {
          name: toHeaderText(mail.to.name ?? '', 120),
          address: requireMailboxAddress(mail.to.address, 'Recipient'),
        },
      ],
      ...(mail.replyTo ? { replyTo: requireMailboxAddress(mail.replyTo, 'Reply-To') } : {}),
      subject: toHeaderText(mail.subject, 200),
      text: mail.text,
      html: mail.html,
      messageId: mail.messageId,
      date: mail.date ?? new Date(),
      headers: buildExtraHeaders(mail),
      // Nothing in a message may make the composer read local files or fetch URLs.
      disableFileAccess: true,
      disableUrlAccess: true,
    });
  } catch (error) {
    return Promise.reject(error);
  }
  return new Promise((resolve, reject) => {
    composer.compile().build((error, message) => (error ? reject(error) : resolve(message)));
  });
}
