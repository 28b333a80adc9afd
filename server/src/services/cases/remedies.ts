import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { type CaseRemedyKind, caseEvents, caseRemedies } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { conflict, notFound } from '../errors.ts';
import type { Actor } from '../orgs/members.ts';
import { loadCase } from './load-case.ts';

export type RemedyInput = {
  caseId: string;
  kind: CaseRemedyKind;
  description: string;
  percent?: number | undefined;
  amount?: number | undefined;
  currency?: string | undefined;
};

const describe = (r: {
  description: string;
  percent?: number | null;
  amount?: number | null;
  currency?: string | null;
}) =>
  [
    r.description,
    r.percent != null ? `${r.percent}%` : null,
    r.amount != null ? `${r.amount} ${r.currency ?? ''}`.trim() : null,
  ]
    .filter(Boolean)
    .join(' · ');

/** Record a remedy offered to the client; it stays "offered" until they accept or decline it. */
export async function offerRemedy(db: Db, orgId: string, actor: Actor, input: RemedyInput) {
  const found = await loadCase(db, orgId, input.caseId);
  const [row] = await db
    .insert(caseRemedies)
    .values({
      orgId,
      caseId: found.id,
      kind: input.kind,
      description: input.description,
      percent: input.percent ?? null,
      amount: input.amount ?? null,
      currency: input.amount != null ? (input.currency ?? null) : null,
      offeredBy: actor.userId,
    })
    .returning({ id: caseRemedies.id });
  await db.insert(caseEvents).values({
    orgId,
    caseId: found.id,
    kind: 'remedy',
    actorUserId: actor.userId,
    actorLabel: actor.label,
    summary: `Offered (${input.kind}): ${describe(input)}`,
    detail: { remedyId: row?.id },
  });
  await recordAudit(db, {
    orgId,
    actorUserId: actor.userId,
    actorLabel: actor.label,
    action: 'remedy.offered',
    entityType: 'case',
    entityId: found.id,
    detail: { remedyId: row?.id, kind: input.kind },
  });
  return { remedyId: row?.id ?? null };
}

/** The client's answer to an offer. */
export async function decideRemedy(
  db: Db,
  orgId: string,
  actor: Actor,
  input: { remedyId: string; status: 'accepted' | 'declined' },
) {
  const [remedy] = await db
    .select({
      id: caseRemedies.id,
      caseId: caseRemedies.caseId,
      status: caseRemedies.status,
      description: caseRemedies.description,
      percent: caseRemedies.percent,
      amount: caseRemedies.amount,
      currency: caseRemedies.currency,
    })
    .from(caseRemedies)
    .where(and(eq(caseRemedies.orgId, orgId), eq(caseRemedies.id, input.remedyId)));
  if (!remedy) throw notFound('Remedy');
  if (remedy.status !== 'offered') throw conflict(`This remedy was already ${remedy.status}`);
  await db
    .update(caseRemedies)
    .set({ status: input.status, decidedAt: new Date() })
    .where(and(eq(caseRemedies.orgId, orgId), eq(caseRemedies.id, remedy.id)));
  await db.insert(caseEvents).values({
    orgId,
    caseId: remedy.caseId,
    kind: 'remedy',
    actorUserId: actor.userId,
    actorLabel: actor.label,
    summary: `Client ${input.status}: ${describe(remedy)}`,
    detail: { remedyId: remedy.id, status: input.status },
  });
  await recordAudit(db, {
    orgId,
    actorUserId: actor.userId,
    actorLabel: actor.label,
    action: `remedy.${input.status}`,
    entityType: 'case',
    entityId: remedy.caseId,
    detail: { remedyId: remedy.id },
  });
  return { status: input.status };
}
