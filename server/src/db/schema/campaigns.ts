import {
  boolean,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, id, orgId, ts } from './columns.ts';
import { locations } from './locations.ts';

export type CampaignStatus = 'draft' | 'launched';
export type FeedbackScale = 'five' | 'nps';
/** How a campaign reaches its clients: e-mail, text message, or both. */
export type CampaignChannel = 'email' | 'sms' | 'both';
/** Clients a launch could not reach on a channel, by reason; kept so the counts stay visible after launch. */
export type LaunchSkips = {
  email: { suppressed: number; noEmail: number };
  sms: { noConsent: number; noPhone: number; optedOut: number };
  /** Clients reached on no channel at all, so not asked. */
  unreached: number;
};
/** Who a campaign asks: clients matching rules, or a hand-picked list. Compliance filters apply to both. */
export type CampaignAudience =
  | { mode: 'rules'; servedWithinDays: number; tags: string[] }
  | { mode: 'list'; clientIds: string[] };

export const campaigns = pgTable(
  'campaigns',
  {
    orgId: orgId(),
    id: id(),
    name: text('name').notNull(),
    /** Whose public review links the feedback page offers when the client has no location of their own. */
    locationId: uuid('location_id').notNull(),
    status: text('status').$type<CampaignStatus>().notNull().default('draft'),
    scale: text('scale').$type<FeedbackScale>().notNull().default('five'),
    subjectTemplate: text('subject_template').notNull(),
    bodyTemplate: text('body_template').notNull(),
    channel: text('channel').$type<CampaignChannel>().notNull().default('email'),
    /** The text's own words; the business name, link and how to stop are added around them. */
    smsTemplate: text('sms_template').notNull().default(''),
    audience: jsonb('audience').$type<CampaignAudience>().notNull(),
    trackOpens: boolean('track_opens').notNull().default(true),
    ratePerMinute: integer('rate_per_minute').notNull().default(60),
    frequencyCapDays: integer('frequency_cap_days').notNull().default(90),
    sendAt: ts('send_at'),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
    launchedAt: ts('launched_at'),
    launchedBy: uuid('launched_by'),
    launchSkips: jsonb('launch_skips').$type<LaunchSkips>(),
  },
  (t) => [
    primaryKey({ name: 'campaigns_pk', columns: [t.orgId, t.id] }),
    foreignKey({
      name: 'campaigns_location_fk',
      columns: [t.orgId, t.locationId],
      foreignColumns: [locations.orgId, locations.id],
    }),
    index('campaigns_org_created_idx').on(t.orgId, t.createdAt),
  ],
);
