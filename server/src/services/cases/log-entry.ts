import type { ContactKind } from '@rebound/shared';
import type { Db } from '../../db/client.ts';
import { caseEvents } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Actor } from '../orgs/members.ts';
import { loadCase } from './load-case.ts';

/** Document a contact with the client: a call, an email, a meeting, a note or a letter sent. */
export async function addLogEntry(
  db: Db,
  orgId: string,
  actor: Actor,
  input: {
    caseId: string;
    kind: ContactKind;
    summary: string;
    occurredAt?: string | undefined;
    detail?: Record<string, unknown>;
  },
) {
  const found = await loadCase(db, orgId, input.caseId);
  const [row] = await db
    .insert(caseEvents)
    .values({
      orgId,
      caseId: found.id,
      kind: input.kind,
      at: input.occurredAt ? new Date(input.occurredAt) : new Date(),
      actorUserId: actor.userId,
      actorLabel: actor.label,
      summary: input.summary,
      detail: input.detail ?? {},
    })
    .returning({ id: caseEvents.id });
  await recordAudit(db, {
    orgId,
    actorUserId: actor.userId,
    actorLabel: actor.label,
    action: `case.logged_${input.kind}`,
    entityType: 'case',
    entityId: found.id,
    detail: { eventId: row?.id },
  });
  return { eventId: row?.id ?? null };
}
