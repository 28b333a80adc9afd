import { medianFromHistogram } from '../rollups/reply-buckets.ts';
import type { PeriodTotals } from './load-overview-rows.ts';

export type PeriodSummary = {
  reviews: number;
  ratingCount: number;
  /** Mean of the normalised 1–5 ratings of the period's active reviews; null with no rated review. */
  averageRating: number | null;
  stars: { star: '1' | '2' | '3' | '4' | '5' | 'unrated'; count: number }[];
  negative: number;
  mixed: number;
  neutral: number;
  positive: number;
  /** negative ÷ reviews. */
  negativeShare: number | null;
  replied: number;
  /** replied ÷ reviews. */
  responseRate: number | null;
  /** From the reply-time histogram: exact to within the width of the bucket holding the median. */
  medianReplyMinutes: number | null;
  meanReplyMinutes: number | null;
  /** Negative reviews answered within 24 h of publication ÷ negative reviews. */
  negativeAnsweredWithin24hShare: number | null;
  escalated: number;
  removed: number;
  /** Reviewers whose rating is higher now than when we first replied. */
  recovered: number;
  /** recovered ÷ replied. */
  recoveredShareOfReplied: number | null;
};

const ratio = (a: number, b: number) => (b > 0 ? a / b : null);

/** The period's metrics from its summed counters (loadOverviewRows adds them up in SQL). */
export function summarizeTotals(t: PeriodTotals): PeriodSummary {
  const [s1, s2, s3, s4, s5] = t.stars;
  return {
    reviews: t.reviews,
    ratingCount: t.ratingCount,
    averageRating: ratio(t.ratingSum, t.ratingCount),
    stars: [
      { star: '1', count: s1 },
      { star: '2', count: s2 },
      { star: '3', count: s3 },
      { star: '4', count: s4 },
      { star: '5', count: s5 },
      { star: 'unrated', count: t.unrated },
    ],
    negative: t.negative,
    mixed: t.mixed,
    neutral: t.neutral,
    positive: t.positive,
    negativeShare: ratio(t.negative, t.reviews),
    replied: t.replied,
    responseRate: ratio(t.replied, t.reviews),
    medianReplyMinutes: medianFromHistogram(t.replyHist),
    meanReplyMinutes: ratio(t.replyMinutesSum, t.replyTimed),
    negativeAnsweredWithin24hShare: ratio(t.negativeReplied24h, t.negative),
    escalated: t.escalated,
    removed: t.removed,
    recovered: t.recovered,
    recoveredShareOfReplied: ratio(t.recovered, t.replied),
  };
}

/** Mean rating over rows (a rolling window is just the rows of its days). */
export function averageOf(rows: readonly { ratingSum: number; ratingCount: number }[]): number | null {
  let sum = 0;
  let count = 0;
  for (const r of rows) {
    sum += r.ratingSum;
    count += r.ratingCount;
  }
  return ratio(sum, count);
}
