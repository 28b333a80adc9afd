/** A promise of when the reviewer will hear back or a remedy will be done: "within three days", "by tomorrow". */
export const TELLS_TIME =
  /\b(?:within|inside|in the next) (?:a|an|one|two|three|four|five|six|seven|\d+|twenty-four|seventy-two|forty-eight|the next)\b|\b(?:by|before) (?:the end of |this time )?tomorrow\b|\bno later than tomorrow\b/i;

/**
 * An offer or a promise told as what follows the reviewer's message: "Once I hear from you, …", "As soon as you let me
 * know", "the moment I have your details", "The day you get in touch", "say the word". Told in two replies a few apart
 * on one page, however each is worded, it reads as one frame. "Once" and "the day" count where they open a clause;
 * "within a day once you write" only counts the days.
 */
export const FOLLOWS_MESSAGE =
  /\b(?:as soon as|the moment) (?:I|we|you)\b|(?:^|[.!?:;,]\s+)(?:once|the day) (?:I|we|you)\b|\b(?:say|give me) the word\b/i;

/** Haste told in so many words: "at once", "straight away", "right away". */
export const HASTE = /\b(?:at once|straight away|right away)\b/i;
