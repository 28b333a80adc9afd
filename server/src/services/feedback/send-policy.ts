import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/executor.ts';
import { suppressEmail } from '../clients/suppressions.ts';
import type { SendPolicy, SendVerdict } from '../outbox/index.ts';
import { asJsonRows } from '../reviews/json-rows.ts';

type CheckRow = {
  id: string;
  is_suppressed: boolean;
  has_request: boolean;
  consent: string | null;
  cap_days: number | null;
  is_recently_asked: boolean;
  is_being_asked: boolean;
};

/** How long a request waits while an earlier one to the same client is on the wire. */
const siblingWaitMs = 5_000;

const suppressed = { send: false, reason: 'The address is on the suppression list' } as const;

/**
 * Checked again just before feedback requests go out, because time passes between launch and send: the
 * client may have unsubscribed, withdrawn consent or been asked by another campaign meanwhile. One statement
 * answers for a whole claimed batch. A request whose client has an earlier request being sent right now (in
 * the same batch or by another process) waits a few seconds and is checked again, so the frequency cap also
 * holds between requests sent at the same moment.
 */
export const feedbackSendPolicy: SendPolicy = {
  async beforeSend(db, messages, now) {
    const batch = messages.map((m) => ({
      org_id: m.orgId,
      id: m.id,
      ref_id: m.refId,
      email: m.toAddress.trim().toLowerCase(),
    }));
    const rows = await queryRows<CheckRow>(
      db,
      sql`
select m.id,
  exists (select 1 from suppressions s where s.org_id = m.org_id and s.email = m.email) as is_suppressed,
  fr.id is not null as has_request,
  c.consent,
  cp.frequency_cap_days as cap_days,
  exists (
    select 1 from feedback_requests e join outbox o on o.org_id = e.org_id and o.id = e.outbox_id
    where e.org_id = fr.org_id and e.client_id = fr.client_id and e.id <> fr.id and o.status = 'sent'
      and o.sent_at >= ${now.toISOString()}::timestamptz - make_interval(days => cp.frequency_cap_days)
  ) as is_recently_asked,
  exists (
    select 1 from feedback_requests e join outbox o on o.org_id = e.org_id and o.id = e.outbox_id
    where e.org_id = fr.org_id and e.client_id = fr.client_id and e.id <> fr.id and o.status = 'sending'
      and (o.created_at, o.id) < (mo.created_at, mo.id)
  ) as is_being_asked
from jsonb_to_recordset(${asJsonRows(batch)}::jsonb) as m(org_id uuid, id uuid, ref_id uuid, email text)
join outbox mo on mo.org_id = m.org_id and mo.id = m.id
left join (
  feedback_requests fr
  join campaigns cp on cp.org_id = fr.org_id and cp.id = fr.campaign_id
  join clients c on c.org_id = fr.org_id and c.id = fr.client_id
) on fr.org_id = m.org_id and fr.id = m.ref_id`,
    );
    const verdicts = new Map<string, SendVerdict>();
    const refIdOf = new Map(messages.map((m) => [m.id, m.refId]));
    for (const row of rows) verdicts.set(row.id, verdictOf(row, !!refIdOf.get(row.id), now));
    return verdicts;
  },

  async afterOutcome(db, outcomes) {
    const recorded = outcomes.filter(
      (o) => o.message.refId && ['sent', 'cancelled', 'failed', 'bounced'].includes(o.status),
    );
    for (const { message } of recorded.filter((o) => o.status === 'bounced'))
      await suppressEmail(db, message.orgId, message.toAddress, {
        reason: 'bounced',
        source: 'smtp',
        actor: { userId: null, label: 'Mail server' },
      });
    if (!recorded.length) return;
    const rows = recorded.map((o) => ({
      org_id: o.message.orgId,
      ref_id: o.message.refId,
      status: o.status,
      detail: o.detail,
    }));
    const at = new Date().toISOString();
    // One statement for all: each request's status, and the stamp or reason that goes with it.
    await db.execute(sql`
update feedback_requests fr set
  status = o.status,
  sent_at = case when o.status = 'sent' then ${at}::timestamptz else fr.sent_at end,
  cancel_reason = case when o.status = 'cancelled' then o.detail else fr.cancel_reason end,
  failed_at = case when o.status in ('failed', 'bounced') then ${at}::timestamptz else fr.failed_at end
from jsonb_to_recordset(${asJsonRows(rows)}::jsonb) as o(org_id uuid, ref_id uuid, status text, detail text)
where fr.org_id = o.org_id and fr.id = o.ref_id`);
  },
};

function verdictOf(row: CheckRow, hasRefId: boolean, now: Date): SendVerdict {
  if (row.is_suppressed) return suppressed;
  if (!hasRefId) return { send: true };
  if (!row.has_request) return { send: false, reason: 'The feedback request no longer exists' };
  if (row.consent === 'withdrawn') return { send: false, reason: 'The client withdrew consent' };
  if (row.is_recently_asked)
    return { send: false, reason: `The client was already asked within ${row.cap_days} days` };
  if (row.is_being_asked)
    return {
      send: false,
      reason: 'An earlier request to this client is being sent',
      retryAt: new Date(now.getTime() + siblingWaitMs),
    };
  return { send: true };
}
