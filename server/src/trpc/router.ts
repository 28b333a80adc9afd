import { router } from './init.ts';
import { accountRouter } from './routers/account.ts';
import { alertsRouter } from './routers/alerts.ts';
import { auditRouter } from './routers/audit.ts';
import { authRouter } from './routers/auth.ts';
import { campaignsRouter } from './routers/campaigns.ts';
import { casesRouter } from './routers/cases.ts';
import { clientsRouter } from './routers/clients.ts';
import { competitorsRouter } from './routers/competitors.ts';
import { llmRouter } from './routers/llm.ts';
import { membersRouter } from './routers/members.ts';
import { oauthRouter } from './routers/oauth.ts';
import { outboxRouter } from './routers/outbox.ts';
import { repliesRouter } from './routers/replies.ts';
import { reviewsRouter } from './routers/reviews.ts';
import { sourcesRouter } from './routers/sources.ts';
import { trendsRouter } from './routers/trends.ts';

export const appRouter = router({
  auth: authRouter,
  account: accountRouter,
  members: membersRouter,
  reviews: reviewsRouter,
  replies: repliesRouter,
  cases: casesRouter,
  alerts: alertsRouter,
  audit: auditRouter,
  sources: sourcesRouter,
  oauth: oauthRouter,
  trends: trendsRouter,
  clients: clientsRouter,
  campaigns: campaignsRouter,
  outbox: outboxRouter,
  llm: llmRouter,
  competitors: competitorsRouter,
});

export type AppRouter = typeof appRouter;
