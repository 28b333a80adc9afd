import { foreignKey, index, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, orgId, ts } from './columns.ts';
import { locations } from './locations.ts';
import { organizations } from './organizations.ts';

export type ConsentStatus = 'unknown' | 'granted' | 'withdrawn';

/** People the business has served and may ask for feedback. One row per email address per organization. */
export const clients = pgTable(
  'clients',
  {
    orgId: orgId().references(() => organizations.id, { onDelete: 'cascade' }),
    id: id(),
    locationId: uuid('location_id'),
    name: text('name').notNull().default(''),
    /** Lower-cased on the way in, so the unique index is the dedupe key of imports. */
    email: text('email').notNull(),
    phone: text('phone'),
    tags: text('tags').array().notNull().default([]),
    lastServiceAt: ts('last_service_at'),
    consent: text('consent').$type<ConsentStatus>().notNull().default('unknown'),
    /**
     * Consent to be texted, recorded apart from e-mail consent: when, from where (import, form, in person),
     * the exact wording the client was shown, and who recorded it. No text is sent without `smsConsentAt`.
     */
    smsConsentAt: ts('sms_consent_at'),
    smsConsentSource: text('sms_consent_source'),
    smsConsentWording: text('sms_consent_wording'),
    smsConsentBy: text('sms_consent_by'),
    /** IANA zone for quiet hours; when null, the location's zone applies. */
    timeZone: text('time_zone'),
    createdAt: createdAt(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'clients_pk', columns: [t.orgId, t.id] }),
    uniqueIndex('clients_email_uq').on(t.orgId, t.email),
    foreignKey({
      name: 'clients_location_fk',
      columns: [t.orgId, t.locationId],
      foreignColumns: [locations.orgId, locations.id],
    }),
    index('clients_service_idx').on(t.orgId, t.lastServiceAt),
  ],
);

export type SuppressionReason = 'unsubscribed' | 'bounced' | 'complaint' | 'manual';

/**
 * Addresses that must never be mailed again by this organization. Keyed by email rather than client, so
 * deleting or re-importing a client cannot bring an address back; nothing in the app removes a row.
 */
export const suppressions = pgTable(
  'suppressions',
  {
    orgId: orgId().references(() => organizations.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    reason: text('reason').$type<SuppressionReason>().notNull(),
    /** Where it came from: one-click header, the unsubscribe page, an SMTP bounce, a staff member. */
    source: text('source').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ name: 'suppressions_pk', columns: [t.orgId, t.email] })],
);
