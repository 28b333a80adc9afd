import { scaleBounds } from '@rebound/shared';
import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { caseEvents, feedbackRequests, recoveryCases } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { MailSettings } from '../campaigns/mail-settings.ts';
import { invalid } from '../errors.ts';
import { alertOwners } from './alert-owners.ts';
import type { FoundRequest } from './find-request-by-token.ts';

const client = { userId: null, label: 'Client (feedback page)' };

function isLowScore(scale: 'five' | 'nps', score: number): boolean {
  return score <= scaleBounds[scale].lowAtMost;
}

/**
 * Record a client's answer (the first one counts). A low score opens a recovery case for the client and
 * alerts the owners; it changes nothing about what the client is shown next.
 */
export async function answerRequest(
  db: Db,
  request: FoundRequest,
  answer: { score: number; comment: string },
  settings: MailSettings,
): Promise<{ isNew: boolean; caseId: string | null }> {
  const bounds = scaleBounds[request.scale];
  if (!Number.isInteger(answer.score) || answer.score < bounds.min || answer.score > bounds.max) {
    throw invalid(`Choose a score from ${bounds.min} to ${bounds.max}`);
  }
  const isUnhappy = isLowScore(request.scale, answer.score);
  const comment = answer.comment.replace(/\r\n?/g, '\n').trim().slice(0, 4000);
  return db.transaction(async (tx) => {
    const updated = await tx
      .update(feedbackRequests)
      .set({ score: answer.score, comment: comment || null, answeredAt: new Date(), isUnhappy })
      .where(
        and(
          eq(feedbackRequests.orgId, request.orgId),
          eq(feedbackRequests.id, request.id),
          isNull(feedbackRequests.answeredAt),
        ),
      )
      .returning({ id: feedbackRequests.id });
    if (!updated.length) return { isNew: false, caseId: null };
    const outOf = request.scale === 'nps' ? '10' : '5';
    await recordAudit(tx, {
      orgId: request.orgId,
      actorUserId: null,
      actorLabel: client.label,
      action: 'feedback.answered',
      entityType: 'client',
      entityId: request.clientId,
      detail: { requestId: request.id, score: answer.score, scale: request.scale },
    });
    if (!isUnhappy) return { isNew: true, caseId: null };
    const who = request.clientName || request.email;
    const [opened] = await tx
      .insert(recoveryCases)
      .values({
        orgId: request.orgId,
        clientId: request.clientId,
        title: `Low feedback score from ${who}: ${answer.score} of ${outOf}`,
        openedReason: 'negative',
      })
      .returning({ id: recoveryCases.id });
    const caseId = opened?.id ?? null;
    if (caseId) {
      await tx.insert(caseEvents).values({
        orgId: request.orgId,
        caseId,
        kind: 'opened',
        actorUserId: null,
        actorLabel: client.label,
        toStage: 'new',
        summary: `Opened by a feedback answer of ${answer.score} of ${outOf}`,
        detail: { requestId: request.id, score: answer.score, comment },
      });
      await tx
        .update(feedbackRequests)
        .set({ caseId })
        .where(and(eq(feedbackRequests.orgId, request.orgId), eq(feedbackRequests.id, request.id)));
    }
    await alertOwners(tx, request.orgId, settings, {
      key: `unhappy.${request.id}`,
      subject: `Unhappy feedback from ${who}`,
      text: [
        `${who} answered a feedback request with ${answer.score} of ${outOf}.`,
        comment ? `\nTheir comment:\n${comment}\n` : '',
        caseId ? `A recovery case is open for them: ${settings.publicUrl}/cases/${caseId}` : '',
      ].join('\n'),
    });
    return { isNew: true, caseId };
  });
}
