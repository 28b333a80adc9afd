import { randomBytes } from 'node:crypto';
import type { AlertKind, AlertSettingsInput } from '@rebound/shared';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { organizations } from '../../db/schema/index.ts';

export const DEFAULT_SLA_HOURS = 24;

export type AlertSettings = AlertSettingsInput & { webhookSecret: string | null };

export type Stored = Partial<AlertSettingsInput> & { webhookSecret?: string };

export const emptyRecipients = (): Record<AlertKind, string[]> => ({
  new_negative: [],
  escalated: [],
  sla_breach: [],
  task_overdue: [],
});

export const newWebhookSecret = () => `whsec_${randomBytes(24).toString('base64url')}`;

export async function writeStored(db: Db, orgId: string, value: Stored) {
  // jsonb_set keeps the other settings (business profile, ...) that other parts of the app store alongside.
  await db
    .update(organizations)
    .set({
      settings: sql`jsonb_set(${organizations.settings}, '{alerts}', ${JSON.stringify(value)}::jsonb, true)`,
    })
    .where(eq(organizations.id, orgId));
}
