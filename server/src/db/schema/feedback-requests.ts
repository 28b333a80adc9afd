import {
  boolean,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { campaigns } from './campaigns.ts';
import { clients } from './clients.ts';
import { createdAt, id, orgId, ts } from './columns.ts';

/** The channel whose link first opened the feedback page. */
export type FeedbackVisitChannel = 'email' | 'sms';

export type FeedbackRequestStatus = 'queued' | 'sent' | 'failed' | 'bounced' | 'cancelled';

/**
 * One client asked once by one campaign: the audit record of who was asked, when and by whom, and the funnel
 * (sent, opened, clicked, answered, public link clicked) as first-time stamps.
 */
export const feedbackRequests = pgTable(
  'feedback_requests',
  {
    orgId: orgId(),
    id: id(),
    campaignId: uuid('campaign_id').notNull(),
    clientId: uuid('client_id').notNull(),
    locationId: uuid('location_id').notNull(),
    /** The address at the time of asking, so the record stays true if the client is edited later. */
    email: text('email').notNull(),
    /** SHA-256 of the link token; the token itself exists only in the message. */
    tokenHash: text('token_hash').notNull(),
    status: text('status').$type<FeedbackRequestStatus>().notNull().default('queued'),
    cancelReason: text('cancel_reason'),
    requestedBy: uuid('requested_by'),
    requestedByLabel: text('requested_by_label').notNull(),
    outboxId: uuid('outbox_id'),
    /** The text carrying the same link, when the campaign texts this client; `outboxId` is the e-mail. */
    smsOutboxId: uuid('sms_outbox_id'),
    /** The number texted, at the time of asking. */
    phone: text('phone'),
    createdAt: createdAt(),
    sentAt: ts('sent_at'),
    failedAt: ts('failed_at'),
    openedAt: ts('opened_at'),
    clickedAt: ts('clicked_at'),
    /** Set with the first visit through the text's link; a first visit without it came from the e-mail. */
    clickedVia: text('clicked_via').$type<FeedbackVisitChannel>(),
    answeredAt: ts('answered_at'),
    publicClickedAt: ts('public_clicked_at'),
    score: integer('score'),
    comment: text('comment'),
    isUnhappy: boolean('is_unhappy').notNull().default(false),
    caseId: uuid('case_id'),
  },
  (t) => [
    primaryKey({ name: 'feedback_requests_pk', columns: [t.orgId, t.id] }),
    uniqueIndex('feedback_requests_token_uq').on(t.tokenHash),
    uniqueIndex('feedback_requests_campaign_client_uq').on(t.orgId, t.campaignId, t.clientId),
    index('feedback_requests_client_idx').on(t.orgId, t.clientId, t.createdAt),
    foreignKey({
      name: 'feedback_requests_campaign_fk',
      columns: [t.orgId, t.campaignId],
      foreignColumns: [campaigns.orgId, campaigns.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'feedback_requests_client_fk',
      columns: [t.orgId, t.clientId],
      foreignColumns: [clients.orgId, clients.id],
    }).onDelete('cascade'),
  ],
);
