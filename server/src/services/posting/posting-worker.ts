import pLimit from 'p-limit';
import { type ClaimLoop, startClaimLoop } from '../../workers/claim-loop.ts';
import { claimDueReplies } from './claim-due-replies.ts';
import { type PostingDeps, postClaimedReply } from './post-claimed-reply.ts';

export type PostingWorker = Pick<ClaimLoop, 'runNow' | 'stop'> & {
  postNow(orgId: string, replyId: string): Promise<void>;
};

/** Claims approved replies for API sources and posts them; each process runs one, the row claims keep it exactly once. */
export function startPostingWorker(
  deps: PostingDeps,
  opts: { cronExpression: string | null; leaseSeconds: number; batch?: number },
): PostingWorker {
  const limit = pLimit(4);
  const loop = startClaimLoop(
    async () => {
      const claimed = await claimDueReplies(deps.db, deps.worker, {
        limit: opts.batch ?? 10,
        leaseSeconds: opts.leaseSeconds,
      });
      await Promise.all(claimed.map((r) => limit(() => postClaimedReply(deps, r))));
      return claimed.length;
    },
    { cron: opts.cronExpression, log: deps.log, name: 'posting' },
  );
  async function postNow(orgId: string, replyId: string) {
    const [claimed] = await claimDueReplies(deps.db, deps.worker, {
      limit: 1,
      leaseSeconds: opts.leaseSeconds,
      only: { orgId, replyId },
    });
    if (claimed) await postClaimedReply(deps, claimed);
  }
  return {
    runNow: loop.runNow,
    // A post asked for now holds a lease too: stop() waits for it as for the loop's own.
    postNow: (orgId, replyId) => loop.track(postNow(orgId, replyId)),
    stop: loop.stop,
  };
}
