import pLimit from 'p-limit';
import { claimDueReplies } from './claim-replies.ts';
import { type CronLoop, startCronLoop } from './cron-loop.ts';
import { type PostingDeps, postClaimedReply } from './post-claimed-reply.ts';

export type PostingWorker = CronLoop & { postNow(orgId: string, replyId: string): Promise<void> };

/** Claims approved replies for API sources and posts them; each process runs one, the row claims keep it exactly once. */
export function startPostingWorker(
  deps: PostingDeps,
  opts: { cronExpression: string | null; leaseSeconds: number; batch?: number },
): PostingWorker {
  const limit = pLimit(4);
  const loop = startCronLoop(
    'posting',
    opts.cronExpression,
    async () => {
      const claimed = await claimDueReplies(deps.db, deps.worker, {
        limit: opts.batch ?? 10,
        leaseSeconds: opts.leaseSeconds,
      });
      await Promise.all(claimed.map((r) => limit(() => postClaimedReply(deps, r))));
    },
    deps.log,
  );
  return {
    ...loop,
    async postNow(orgId, replyId) {
      const [claimed] = await claimDueReplies(deps.db, deps.worker, {
        limit: 1,
        leaseSeconds: opts.leaseSeconds,
        only: { orgId, replyId },
      });
      if (claimed) await postClaimedReply(deps, claimed);
    },
  };
}
