import { alertKinds, rolesWith } from '@rebound/shared';
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { memberships, organizations } from '../../db/schema/index.ts';
import { type AlertSettings, DEFAULT_SLA_HOURS, emptyRecipients, type Stored } from './alert-settings.ts';

/** The org's alert settings with defaults: 24 h SLA, owners receive every alert until someone chooses otherwise. */
export async function readAlertSettings(
  db: Db,
  orgId: string,
): Promise<AlertSettings & { isDefault: boolean }> {
  const [org] = await db
    .select({ settings: organizations.settings })
    .from(organizations)
    .where(eq(organizations.id, orgId));
  const stored = (org?.settings.alerts ?? null) as Stored | null;
  const recipients = emptyRecipients();
  if (stored?.recipients) {
    for (const kind of alertKinds) recipients[kind] = stored.recipients[kind] ?? [];
  } else {
    const owners = await db
      .select({ userId: memberships.userId })
      .from(memberships)
      .where(and(eq(memberships.orgId, orgId), inArray(memberships.role, rolesWith('alerts.receive'))));
    for (const kind of alertKinds) recipients[kind] = owners.map((o) => o.userId);
  }
  return {
    slaHours: stored?.slaHours ?? DEFAULT_SLA_HOURS,
    recipients,
    webhookUrl: stored?.webhookUrl ?? '',
    webhookSecret: stored?.webhookSecret ?? null,
    isDefault: !stored,
  };
}
