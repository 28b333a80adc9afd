import { createFileTransport } from './file-transport.ts';
import type { OutgoingMail } from './message.ts';
import { createSmtpTransport } from './smtp-transport.ts';

export { listOutboxFiles, readOutboxFile } from './outbox-files.ts';

/** `permanent` means retrying the same message cannot help (5xx, unbuildable message); otherwise retry later. */
export type SendResult = { ok: true; response: string } | { ok: false; permanent: boolean; response: string };

export type MailTransport = {
  kind: 'smtp' | 'file';
  send(mail: OutgoingMail): Promise<SendResult>;
  close(): Promise<void>;
};

/** Real SMTP when a URL is configured, otherwise the outbox folder that the dashboard can show. */
export function createMailTransport(cfg: {
  smtpUrl?: string | null;
  outboxDir: string;
  /** SMTP connections to keep open; match the outbox concurrency so no send waits for a socket. */
  connections?: number;
}): MailTransport {
  return cfg.smtpUrl
    ? createSmtpTransport(cfg.smtpUrl, { connections: cfg.connections ?? 4 })
    : createFileTransport(cfg.outboxDir);
}
