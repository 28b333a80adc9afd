/** A promise of when the reviewer will hear back or a remedy will be done: "within three days", "by tomorrow". */
export const TELLS_TIME =
  /\b(?:within|inside|in the next) (?:a|an|one|two|three|four|five|six|seven|\d+|twenty-four|seventy-two|forty-eight|the next)\b|\b(?:by|before) (?:the end of |this time )?tomorrow\b|\bno later than tomorrow\b/i;
