import { router } from './init.ts';
import { authRouter } from './routers/auth.ts';
import { campaignsRouter } from './routers/campaigns.ts';
import { clientsRouter } from './routers/clients.ts';
import { membersRouter } from './routers/members.ts';
import { outboxRouter } from './routers/outbox.ts';
import { repliesRouter } from './routers/replies.ts';
import { reviewsRouter } from './routers/reviews.ts';
import { trendsRouter } from './routers/trends.ts';
import { sourcesRouter } from './routers/sources.ts';

export const appRouter = router({
  auth: authRouter,
  members: membersRouter,
  reviews: reviewsRouter,
  replies: repliesRouter,
  trends: trendsRouter,
  sources: sourcesRouter,
  clients: clientsRouter,
  campaigns: campaignsRouter,
  outbox: outboxRouter,
});

export type AppRouter = typeof appRouter;
