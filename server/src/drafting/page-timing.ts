import type { Writer } from './writer.ts';

/** A promise of when the reviewer will hear back or a remedy will be done: "within three days", "by tomorrow". */
export const TELLS_TIME =
  /\b(?:within|inside|in the next) (?:a|an|one|two|three|four|five|six|seven|\d+|twenty-four|seventy-two|forty-eight|the next)\b|\b(?:by|before) (?:the end of |this time )?tomorrow\b|\bno later than tomorrow\b/i;

/** How many of the business's latest replies are read for the times they promised. */
const TIME_SPAN = 3;

/**
 * Whether a reply's invitation may leave its time out: a page whose replies each end "…; I will reply within one
 * working day" reads as one form, so where at least two of the latest three replies promised a time, the contact
 * details are given alone. The time stays on the reply's offer wherever the offer carries one.
 */
export const timeToldLately = (w: Writer): boolean =>
  w.usedInLatest(TIME_SPAN, (reply) => TELLS_TIME.test(reply)) >= 2;
