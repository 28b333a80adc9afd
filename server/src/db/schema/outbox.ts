import { index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, orgId, ts } from './columns.ts';

export type OutboxStatus = 'queued' | 'sending' | 'sent' | 'failed' | 'bounced' | 'cancelled';

/** The message as built at enqueue time; `date` is fixed then too, so every attempt sends the same bytes. */
export type StoredMail = {
  to: { name: string | null; address: string };
  from: { name: string; address: string };
  replyTo?: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
  listUnsubscribeUrl?: string;
  listUnsubscribeMailto?: string;
  headers?: Record<string, string>;
  date: string;
};

/** A text message as built at enqueue time. */
export type StoredSms = { to: string; body: string; date: string };

export type OutboxChannel = 'email' | 'sms';

/** What the SMS provider last reported about a text (its status callbacks). */
export type SmsDeliveryStatus = 'queued' | 'sent' | 'delivered' | 'failed' | 'undelivered';

/** Transactional outbox: a message exists here before any attempt to send it, and its row says how it went. */
export const outbox = pgTable(
  'outbox',
  {
    orgId: orgId(),
    id: id(),
    idempotencyKey: text('idempotency_key').notNull(),
    /** feedback, alert, digest, test: decides the checks made just before sending. */
    kind: text('kind').notNull(),
    /** email or sms; an SMS row's `toAddress` is an E.164 number and its payload a StoredSms. */
    channel: text('channel').$type<OutboxChannel>().notNull().default('email'),
    /** The row this message belongs to (a feedback request for kind feedback). */
    refId: uuid('ref_id'),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    messageId: text('message_id').notNull(),
    status: text('status').$type<OutboxStatus>().notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: ts('next_attempt_at').notNull().defaultNow(),
    leaseOwner: text('lease_owner'),
    leaseExpiresAt: ts('lease_expires_at'),
    lastError: text('last_error'),
    /** Cleared of its body once sent: the links inside carry the feedback token. */
    payload: jsonb('payload').$type<StoredMail | StoredSms | null>(),
    /** The provider's id for an accepted text (message SID), recorded first thing after its answer. */
    providerMessageId: text('provider_message_id'),
    deliveryStatus: text('delivery_status').$type<SmsDeliveryStatus>(),
    createdAt: createdAt(),
    sentAt: ts('sent_at'),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'outbox_pk', columns: [t.orgId, t.id] }),
    uniqueIndex('outbox_idempotency_uq').on(t.orgId, t.idempotencyKey),
    index('outbox_due_idx').on(t.status, t.nextAttemptAt),
    index('outbox_org_created_idx').on(t.orgId, t.createdAt),
    index('outbox_provider_message_idx').on(t.providerMessageId),
  ],
);
