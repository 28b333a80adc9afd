import type { Db } from '../../db/client.ts';
import { buildNotice } from '../../mail/index.ts';
import type { MailSettings } from '../campaigns/mail-settings.ts';
import { enqueueEmail } from '../outbox/index.ts';

/**
 * Outbox kind for mail that carries a sign-in link (invitations, password resets). Such messages are for their
 * addressee alone: no role reads them in the dashboard (see outbox/message-access.ts).
 */
export const accountMailKind = 'account';

/** Queue a message holding a one-time link; the link lives only in the message, the database keeps its hash. */
export async function sendAccountLink(
  db: Db,
  orgId: string,
  settings: MailSettings,
  link: { key: string; refId: string | null; to: { name: string | null; address: string } },
  subject: string,
  text: string,
): Promise<void> {
  const mail = buildNotice({
    to: link.to,
    from: { name: 'Rebound', address: settings.fromAddress },
    subject,
    text,
    idempotencyKey: link.key,
    domain: settings.domain,
  });
  await enqueueEmail(db, orgId, mail, { idempotencyKey: link.key, kind: accountMailKind, refId: link.refId });
}
