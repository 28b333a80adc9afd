import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { clients, type SuppressionReason, suppressions } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Actor } from '../orgs/members.ts';

/**
 * Never mail this address again from this organization. Idempotent: the first reason and source are kept.
 * The client's consent is marked withdrawn too, so lists show it; the suppression row is what is enforced.
 */
export async function suppressEmail(
  db: Db,
  orgId: string,
  email: string,
  why: { reason: SuppressionReason; source: string; actor: Actor },
): Promise<{ isNew: boolean }> {
  const address = email.trim().toLowerCase();
  const inserted = await db
    .insert(suppressions)
    .values({ orgId, email: address, reason: why.reason, source: why.source })
    .onConflictDoNothing()
    .returning({ email: suppressions.email });
  await db
    .update(clients)
    .set({ consent: 'withdrawn', updatedAt: new Date() })
    .where(and(eq(clients.orgId, orgId), eq(clients.email, address)));
  if (inserted.length) {
    await recordAudit(db, {
      orgId,
      actorUserId: why.actor.userId,
      actorLabel: why.actor.label,
      action: 'email.suppressed',
      entityType: 'suppression',
      detail: { email: address, reason: why.reason, source: why.source },
    });
  }
  return { isNew: inserted.length > 0 };
}

export async function isSuppressed(db: Db, orgId: string, email: string): Promise<boolean> {
  const rows = await db
    .select({ email: suppressions.email })
    .from(suppressions)
    .where(and(eq(suppressions.orgId, orgId), eq(suppressions.email, email.trim().toLowerCase())));
  return rows.length > 0;
}

export async function listSuppressions(db: Db, orgId: string, limit = 500) {
  return db
    .select({
      email: suppressions.email,
      reason: suppressions.reason,
      source: suppressions.source,
      createdAt: suppressions.createdAt,
    })
    .from(suppressions)
    .where(eq(suppressions.orgId, orgId))
    .orderBy(desc(suppressions.createdAt))
    .limit(limit);
}
