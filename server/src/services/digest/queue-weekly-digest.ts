import { rolesWith } from '@rebound/shared';
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { digestRuns, memberships, organizations, users } from '../../db/schema/index.ts';
import { buildNotice } from '../../mail/index.ts';
import { enqueueEmail } from '../outbox/index.ts';
import { addDays, type Day } from '../rollups/day-ranges.ts';
import { buildDigest } from './build-digest.ts';
import { renderDigestText } from './render-digest-text.ts';

export type DigestMailSettings = { publicUrl: string; fromAddress: string; domain: string };

export type DigestOutcome = {
  weekStart: Day;
  weekEnd: Day;
  subject: string;
  text: string;
  recipients: string[];
  queued: boolean;
};

/**
 * Build the weekly digest and put one message per manager and owner in the outbox, once per organization and
 * week (digest_runs and the outbox's idempotency keys make a second run, or a second process, a no-op).
 * With `dryRun` nothing is stored: the caller gets the text.
 */
export async function queueWeeklyDigest(
  db: Db,
  orgId: string,
  mail: DigestMailSettings,
  opts: { weekEnd: Day; dryRun?: boolean },
): Promise<DigestOutcome> {
  const weekStart = addDays(opts.weekEnd, -6);
  const [org] = await db
    .select({ name: organizations.name })
    .from(organizations)
    .where(eq(organizations.id, orgId));
  if (!org) throw new Error('organization not found');
  const digest = await buildDigest(db, orgId, opts.weekEnd);
  const { subject, text } = renderDigestText(digest, {
    orgName: org.name,
    dashboardUrl: `${mail.publicUrl}/dashboard?from=${weekStart}&to=${opts.weekEnd}`,
  });
  const people = await db
    .select({ id: users.id, email: users.email, name: users.name })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.orgId, orgId), inArray(memberships.role, rolesWith('digest.receive'))));
  const recipients = people.map((p) => p.email);
  if (opts.dryRun) return { weekStart, weekEnd: opts.weekEnd, subject, text, recipients, queued: false };
  const queued = await db.transaction(async (t) => {
    const claimed = await t
      .insert(digestRuns)
      .values({ orgId, weekStart, recipients: people.length })
      .onConflictDoNothing()
      .returning({ orgId: digestRuns.orgId });
    if (!claimed.length) return false;
    for (const person of people) {
      const idempotencyKey = `digest.${weekStart}.${person.id}`;
      const message = buildNotice({
        to: { name: person.name || null, address: person.email },
        from: { name: 'Rebound', address: mail.fromAddress },
        subject,
        text,
        idempotencyKey,
        domain: mail.domain,
      });
      await enqueueEmail(t, orgId, message, { idempotencyKey, kind: 'digest', refId: null });
    }
    return true;
  });
  return { weekStart, weekEnd: opts.weekEnd, subject, text, recipients, queued };
}
