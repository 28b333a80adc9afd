import { addHistograms, medianFromHistogram } from '../rollups/reply-buckets.ts';
import type { DailyRow } from './load-rollups.ts';

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

/** Add up rollup rows (any days of one slice) and derive the period's metrics. */
export function summarize(rows: readonly DailyRow[]): PeriodSummary {
  const t = {
    reviews: 0,
    s1: 0,
    s2: 0,
    s3: 0,
    s4: 0,
    s5: 0,
    unrated: 0,
    ratingSum: 0,
    ratingCount: 0,
    negative: 0,
    mixed: 0,
    neutral: 0,
    positive: 0,
    escalated: 0,
    replied: 0,
    replyTimed: 0,
    replyMinutesSum: 0,
    neg24: 0,
    removed: 0,
    recovered: 0,
  };
  for (const r of rows) {
    t.reviews += r.reviews;
    t.s1 += r.stars1;
    t.s2 += r.stars2;
    t.s3 += r.stars3;
    t.s4 += r.stars4;
    t.s5 += r.stars5;
    t.unrated += r.unrated;
    t.ratingSum += r.ratingSum;
    t.ratingCount += r.ratingCount;
    t.negative += r.negative;
    t.mixed += r.mixed;
    t.neutral += r.neutral;
    t.positive += r.positive;
    t.escalated += r.escalated;
    t.replied += r.replied;
    t.replyTimed += r.replyTimed;
    t.replyMinutesSum += r.replyMinutesSum;
    t.neg24 += r.negativeReplied24h;
    t.removed += r.removed;
    t.recovered += r.recovered;
  }
  return {
    reviews: t.reviews,
    ratingCount: t.ratingCount,
    averageRating: ratio(t.ratingSum, t.ratingCount),
    stars: [
      { star: '1', count: t.s1 },
      { star: '2', count: t.s2 },
      { star: '3', count: t.s3 },
      { star: '4', count: t.s4 },
      { star: '5', count: t.s5 },
      { star: 'unrated', count: t.unrated },
    ],
    negative: t.negative,
    mixed: t.mixed,
    neutral: t.neutral,
    positive: t.positive,
    negativeShare: ratio(t.negative, t.reviews),
    replied: t.replied,
    responseRate: ratio(t.replied, t.reviews),
    medianReplyMinutes: medianFromHistogram(addHistograms(rows.map((r) => r.replyHist))),
    meanReplyMinutes: ratio(t.replyMinutesSum, t.replyTimed),
    negativeAnsweredWithin24hShare: ratio(t.neg24, t.negative),
    escalated: t.escalated,
    removed: t.removed,
    recovered: t.recovered,
    recoveredShareOfReplied: ratio(t.recovered, t.replied),
  };
}

/** Mean rating over rows (a rolling window is just the rows of its days). */
export function averageOf(rows: readonly DailyRow[]): number | null {
  let sum = 0;
  let count = 0;
  for (const r of rows) {
    sum += r.ratingSum;
    count += r.ratingCount;
  }
  return ratio(sum, count);
}
