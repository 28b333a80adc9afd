import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { feedbackRequests, outbox } from '../../db/schema/index.ts';
import { enqueueSms } from '../outbox/index.ts';

export type RequestText = { clientId: string; to: string; body: string; notBefore: Date };

const keyPrefix = (campaignId: string) => `feedback-sms.${campaignId}.`;

/**
 * Queue the texts of a launch and link each to its feedback request, in the caller's transaction. The outbox
 * row's `refId` is the client, because the send-time check for texts (consent, STOP, quiet hours) is about
 * the client and their number.
 */
export async function enqueueRequestTexts(
  db: Db,
  orgId: string,
  campaignId: string,
  texts: readonly RequestText[],
): Promise<void> {
  if (!texts.length) return;
  await enqueueSms(
    db,
    orgId,
    texts.map((t) => ({
      to: t.to,
      body: t.body,
      idempotencyKey: `${keyPrefix(campaignId)}${t.clientId}`,
      kind: 'sms-feedback',
      refId: t.clientId,
      notBefore: t.notBefore,
    })),
  );
  // One statement for the whole launch: the idempotency key names the campaign and the client.
  await db.execute(sql`
    update ${feedbackRequests} set sms_outbox_id = o.id
    from ${outbox} o
    where ${feedbackRequests.orgId} = ${orgId} and ${feedbackRequests.campaignId} = ${campaignId}
      and ${feedbackRequests.phone} is not null
      and o.org_id = ${feedbackRequests.orgId}
      and o.idempotency_key = ${keyPrefix(campaignId)} || ${feedbackRequests.clientId}::text`);
}
