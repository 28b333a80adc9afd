import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { feedbackRequests } from '../../db/schema/index.ts';

type Stamp = 'openedAt' | 'clickedAt' | 'publicClickedAt';

/** Funnel stamps record the first time only; later visits change nothing. */
export async function stampRequest(
  db: Db,
  request: { orgId: string; id: string },
  stamp: Stamp,
): Promise<void> {
  await db
    .update(feedbackRequests)
    .set({ [stamp]: new Date() })
    .where(
      and(
        eq(feedbackRequests.orgId, request.orgId),
        eq(feedbackRequests.id, request.id),
        isNull(feedbackRequests[stamp]),
      ),
    );
}
