import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../../server/src/db/client.ts';
import { outbox } from '../../server/src/db/schema/index.ts';
import { isStoredSms } from '../../server/src/services/outbox/deliver-sms.ts';
import { createBrowserLikeClient } from './api-client.ts';

/**
 * The one-time link most recently mailed to an address (an invitation or a password reset), read from the
 * message as queued in the outbox: the only place the link exists outside the addressee's mailbox.
 */
export async function latestAccountLink(db: Db, email: string, page: 'invite' | 'reset-password') {
  const rows = await db
    .select({ payload: outbox.payload })
    .from(outbox)
    .where(and(eq(outbox.kind, 'account'), eq(outbox.toAddress, email)))
    .orderBy(desc(outbox.createdAt));
  for (const row of rows) {
    const text = row.payload && !isStoredSms(row.payload) ? row.payload.text : '';
    const match = new RegExp(`(https?://\\S+/${page}#token=([\\w-]+))`).exec(text);
    if (match?.[1] && match[2]) return { url: match[1], token: match[2] };
  }
  throw new Error(`no ${page} link was mailed to ${email}`);
}

/** A new person accepting their invitation with a name and password, as the invitation page does; signed in after. */
export async function acceptAsNewUser(
  baseUrl: string,
  db: Db,
  person: { email: string; name: string; password: string },
) {
  const { token } = await latestAccountLink(db, person.email, 'invite');
  const browser = createBrowserLikeClient(baseUrl);
  await browser.client.account.acceptInvitation.mutate({
    token,
    name: person.name,
    password: person.password,
  });
  return browser;
}
