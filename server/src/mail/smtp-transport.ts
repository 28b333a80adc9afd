import nodemailer from 'nodemailer';
import SMTPPool from 'nodemailer/lib/smtp-pool/index.js';
import { MailInputError } from './errors.ts';
import type { OutgoingMail } from './message.ts';
import { toRawMessage } from './raw-message.ts';
import { openSmtpSocket } from './smtp-socket.ts';
import type { MailTransport, SendResult } from './transport.ts';

type SmtpError = Error & { code?: string; responseCode?: number; response?: string };

function describeError(error: SmtpError): string {
  return (error.response ?? error.message).replace(/\s+/g, ' ').slice(0, 500);
}

/**
 * 5xx replies about the message or recipient are final; 4xx, timeouts and dropped connections are worth a
 * retry. Authentication and TLS failures are configuration problems, not the message's fault, so they are
 * retried too (after the operator fixes SMTP_URL) instead of burning the whole queue.
 */
export function classifySmtpError(error: unknown): SendResult {
  if (error instanceof MailInputError) return { ok: false, permanent: true, response: error.message };
  const smtpError = (error instanceof Error ? error : new Error(String(error))) as SmtpError;
  const response = describeError(smtpError);
  if (smtpError.code === 'EAUTH' || smtpError.code === 'ETLS')
    return { ok: false, permanent: false, response };
  const status = smtpError.responseCode;
  if (typeof status === 'number' && status >= 500 && status < 600)
    return { ok: false, permanent: true, response };
  return { ok: false, permanent: false, response };
}

export type SmtpPoolOptions = {
  /** Open connections kept to the server; the outbox sends at most this many messages at once. */
  connections: number;
};

export function createSmtpTransport(
  smtpUrl: string,
  pool: SmtpPoolOptions = { connections: 4 },
): MailTransport {
  // Pooled: a greeting and EHLO per message (and the server's early-talker delay) cost far more than the
  // message itself. A wedged server cannot hold a pooled socket for long: socketTimeout drops it, and the
  // pool opens a fresh one for the next message. Each connection is recycled after `maxMessages` sends so a
  // server's per-connection limits are never reached.
  const options: SMTPPool.Options = {
    url: smtpUrl,
    pool: true,
    maxConnections: Math.max(1, pool.connections),
    maxMessages: 500,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
    dnsTimeout: 15_000,
    disableFileAccess: true,
    disableUrlAccess: true,
    getSocket: openSmtpSocket,
  };
  // The pool is built here, not by createTransport(options): given a `url`, createTransport keeps only what
  // the URL says and drops every other option (pool, timeouts, file access), while SMTPPool merges the two.
  const transporter = nodemailer.createTransport(new SMTPPool(options));
  return {
    kind: 'smtp',
    async send(mail: OutgoingMail): Promise<SendResult> {
      try {
        const raw = await toRawMessage(mail);
        // An explicit envelope: whatever the headers say, the server is told about exactly one recipient.
        const info = await transporter.sendMail({
          envelope: { from: mail.from.address, to: [mail.to.address] },
          raw,
        });
        if (info.rejected.length > 0) {
          return { ok: false, permanent: true, response: `Recipient rejected: ${info.response}` };
        }
        return { ok: true, response: info.response };
      } catch (error) {
        return classifySmtpError(error);
      }
    },
    async close(): Promise<void> {
      transporter.close();
    },
  };
}
