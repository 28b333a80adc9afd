import type { ApprovalSettingsInput } from '@rebound/shared';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { organizations } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Actor } from '../orgs/members.ts';

/** Long enough to notice a slip and press Undo, short enough that the reply still goes out at once. */
export const DEFAULT_UNDO_SECONDS = 30;
/** A reply approved a day ago and still not pasted on its platform has probably been forgotten. */
export const DEFAULT_UNPOSTED_REMINDER_HOURS = 24;

const wholeNumber = (v: unknown, min: number): number | null =>
  typeof v === 'number' && Number.isInteger(v) && v >= min ? v : null;

/** The approval settings from an org's settings object, defaults filled in. */
export function approvalSettingsOf(settings: Record<string, unknown>): ApprovalSettingsInput {
  const stored = (settings.approval ?? {}) as Record<string, unknown>;
  return {
    undoSeconds: wholeNumber(stored.undoSeconds, 0) ?? DEFAULT_UNDO_SECONDS,
    unpostedReminderHours: wholeNumber(stored.unpostedReminderHours, 1) ?? DEFAULT_UNPOSTED_REMINDER_HOURS,
  };
}

export async function readApprovalSettings(db: Db, orgId: string): Promise<ApprovalSettingsInput> {
  const [org] = await db
    .select({ settings: organizations.settings })
    .from(organizations)
    .where(eq(organizations.id, orgId));
  return approvalSettingsOf(org?.settings ?? {});
}

export async function updateApprovalSettings(
  db: Db,
  orgId: string,
  actor: Actor,
  input: ApprovalSettingsInput,
): Promise<ApprovalSettingsInput> {
  // jsonb_set keeps the other settings (profile, alerts, ...) stored beside these.
  await db
    .update(organizations)
    .set({
      settings: sql`jsonb_set(${organizations.settings}, '{approval}', ${JSON.stringify(input)}::jsonb, true)`,
    })
    .where(eq(organizations.id, orgId));
  await recordAudit(db, {
    orgId,
    actorUserId: actor.userId,
    actorLabel: actor.label,
    action: 'approval.settings_changed',
    entityType: 'organization',
    entityId: orgId,
    detail: { ...input },
  });
  return readApprovalSettings(db, orgId);
}
