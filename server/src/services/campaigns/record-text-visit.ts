import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { feedbackRequests } from '../../db/schema/index.ts';
import { findRequestByToken } from '../feedback/find-request-by-token.ts';

/**
 * A visit through a text's link, noted before the feedback page itself is shown, so the funnel can say
 * which channel brought the client. Only a first visit counts: a client who came from the e-mail first
 * stays an e-mail visit.
 */
export async function recordTextVisit(db: Db, token: string): Promise<void> {
  const request = await findRequestByToken(db, token);
  if (!request) return;
  await db
    .update(feedbackRequests)
    .set({ clickedVia: 'sms' })
    .where(
      and(
        eq(feedbackRequests.orgId, request.orgId),
        eq(feedbackRequests.id, request.id),
        isNull(feedbackRequests.clickedAt),
        isNull(feedbackRequests.clickedVia),
      ),
    );
}
