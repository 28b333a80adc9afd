import { rolesWith } from '@rebound/shared';
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { memberships, users } from '../../db/schema/index.ts';
import { buildNotice } from '../../mail/index.ts';
import type { MailSettings } from '../campaigns/mail-settings.ts';
import { enqueueEmail } from '../outbox/index.ts';

/** Tell every owner of the organization by email, through the outbox; one message per owner per event. */
export async function alertOwners(
  db: Db,
  orgId: string,
  settings: MailSettings,
  alert: { key: string; subject: string; text: string },
): Promise<number> {
  const owners = await db
    .select({ id: users.id, email: users.email, name: users.name })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.orgId, orgId), inArray(memberships.role, rolesWith('alerts.receive'))));
  for (const owner of owners) {
    const idempotencyKey = `alert.${alert.key}.${owner.id}`;
    const mail = buildNotice({
      to: { name: owner.name, address: owner.email },
      from: { name: 'Rebound', address: settings.fromAddress },
      subject: alert.subject,
      text: alert.text,
      idempotencyKey,
      domain: settings.domain,
    });
    await enqueueEmail(db, orgId, mail, { idempotencyKey, kind: 'alert' });
  }
  return owners.length;
}
