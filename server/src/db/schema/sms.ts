import { pgTable, text } from 'drizzle-orm/pg-core';
import { createdAt, ts } from './columns.ts';

/**
 * Phone numbers that replied STOP. Deliberately not scoped to an organization: a carrier treats STOP as the
 * number's answer to our sending number, so it holds for every business's campaigns. Only the number's own
 * START reply lifts it; nothing staff can do in the app (import, edit, consent) brings a number back.
 */
export const smsOptOuts = pgTable('sms_opt_outs', {
  /** E.164, as the provider reports the sender. */
  phone: text('phone').primaryKey(),
  /** The word the person sent (STOP, UNSUBSCRIBE...), kept as evidence. */
  keyword: text('keyword').notNull(),
  /** The provider's SID of the inbound message. */
  messageSid: text('message_sid'),
  createdAt: createdAt(),
  /** Set when the number texted START; the row stays as the record of both replies. */
  resumedAt: ts('resumed_at'),
});
