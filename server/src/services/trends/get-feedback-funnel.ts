import type { TrendsFilterInput } from '@rebound/shared';
import { and, eq, gte, lte, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { dailyFeedbackRollups, NIL_UUID, ROLLUP_SCOPE } from '../../db/schema/index.ts';
import { ensureFreshRollups } from '../rollups/ensure-fresh-rollups.ts';

const int = (col: unknown) => sql<number>`coalesce(sum(${col}), 0)::int`;

/**
 * The feedback funnel for requests created in the period (org-wide or one location; feedback has no source):
 * requested → sent → opened → clicked → answered → public review link clicked, plus satisfaction on five-point
 * campaigns (share of 4–5 answers, mean score) and NPS on 0–10 campaigns ((promoters − detractors) ÷ answers × 100).
 */
export async function getFeedbackFunnel(db: Db, orgId: string, input: TrendsFilterInput) {
  await ensureFreshRollups(db, orgId);
  const [t] = await db
    .select({
      requested: int(dailyFeedbackRollups.requested),
      sent: int(dailyFeedbackRollups.sent),
      opened: int(dailyFeedbackRollups.opened),
      clicked: int(dailyFeedbackRollups.clicked),
      answered: int(dailyFeedbackRollups.answered),
      publicClicked: int(dailyFeedbackRollups.publicClicked),
      unhappy: int(dailyFeedbackRollups.unhappy),
      fiveAnswers: int(dailyFeedbackRollups.fiveAnswers),
      fiveScoreSum: int(dailyFeedbackRollups.fiveScoreSum),
      fiveSatisfied: int(dailyFeedbackRollups.fiveSatisfied),
      npsAnswers: int(dailyFeedbackRollups.npsAnswers),
      npsPromoters: int(dailyFeedbackRollups.npsPromoters),
      npsDetractors: int(dailyFeedbackRollups.npsDetractors),
    })
    .from(dailyFeedbackRollups)
    .where(
      and(
        eq(dailyFeedbackRollups.orgId, orgId),
        eq(dailyFeedbackRollups.scope, input.locationId ? ROLLUP_SCOPE.location : ROLLUP_SCOPE.org),
        eq(dailyFeedbackRollups.locationId, input.locationId ?? NIL_UUID),
        gte(dailyFeedbackRollups.day, input.from),
        lte(dailyFeedbackRollups.day, input.to),
      ),
    );
  const s = t ?? {
    requested: 0,
    sent: 0,
    opened: 0,
    clicked: 0,
    answered: 0,
    publicClicked: 0,
    unhappy: 0,
    fiveAnswers: 0,
    fiveScoreSum: 0,
    fiveSatisfied: 0,
    npsAnswers: 0,
    npsPromoters: 0,
    npsDetractors: 0,
  };
  return {
    from: input.from,
    to: input.to,
    funnel: [
      { step: 'requested', label: 'Requested', count: s.requested },
      { step: 'sent', label: 'Sent', count: s.sent },
      { step: 'opened', label: 'Opened', count: s.opened },
      { step: 'clicked', label: 'Clicked', count: s.clicked },
      { step: 'answered', label: 'Answered', count: s.answered },
      { step: 'public', label: 'Public review link clicked', count: s.publicClicked },
    ],
    unhappy: s.unhappy,
    satisfaction: {
      answers: s.fiveAnswers,
      averageScore: s.fiveAnswers ? s.fiveScoreSum / s.fiveAnswers : null,
      satisfiedShare: s.fiveAnswers ? s.fiveSatisfied / s.fiveAnswers : null,
    },
    nps: {
      answers: s.npsAnswers,
      promoters: s.npsPromoters,
      detractors: s.npsDetractors,
      score: s.npsAnswers ? ((s.npsPromoters - s.npsDetractors) / s.npsAnswers) * 100 : null,
    },
  };
}
