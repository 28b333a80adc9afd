import escapeRegExp from 'escape-string-regexp';
import * as tw from './thanks-wording.ts';

/**
 * What kind of sentence a thank-you closes on, read from a reply of the business's page: asking the reviewer back (or
 * to buy again), wishing them well, or neither. A reader of the page notices the kind, not only the words: "whatever
 * you need next", "should you need anything else down the line" and "you are always welcome back at the shop" closing
 * note after note read as one form.
 */

/** A reply's last sentence, its sign-off aside. */
export const lastSentenceOf = (reply: string): string =>
  reply
    .replace(/\n— [^\n]*$/, '')
    .trim()
    .split(/(?<=[.!?])\s+(?=[A-Z])/)
    .at(-1) ?? '';

/** A line's template as a pattern that finds it in a reply, in either voice and whatever filled its blanks. */
// A line folded into the opening ("…which is good to hear, and thank you for…") has lost its full stop, so the stop
// is no part of the pattern.
export const templatePattern = (line: string): RegExp =>
  new RegExp(
    escapeRegExp(line.replace(/[.!]$/, ''))
      .replace(/\\\{\w+\\\}/g, '.*?')
      .replace(/\bI am\b/g, '(?:I am|we are)')
      .replace(/\bI\b/g, '(?:I|we)')
      .replace(/\bmy\b/g, '(?:my|our)')
      .replace(/\bme\b/g, '(?:me|us)'),
    'i',
  );

// Every invitation the notes close on: back to the shop, the table, the chair, or for whatever the reviewer needs next.
const ASK_BACK_LINES = [
  ...Object.values(tw.inviteBack).flat(),
  ...tw.inviteFood,
  ...tw.inviteFirstVisit,
  ...tw.returnPlanned,
  ...tw.returnPlannedCall,
  ...tw.productInvite,
  ...tw.productInviteSettings,
  ...tw.productInviteAccessory,
  ...tw.productInviteLasting,
  ...tw.productInviteNext,
  ...tw.productInviteOurs,
  ...tw.productInviteLocal,
].map(templatePattern);

// The same kind in words no template has (a reply edited by hand): a visit, a next purchase, a door left open.
const ASKS_BACK =
  /\b(?:pop in|drop (?:by|in)|stop (?:in|by)|call in|come in|come and|come back|say hello|see (?:you|us)|visit|browse|welcome (?:back|you)|in the (?:shop|store)|at the counter|again|next time|whenever you|think of us|know where (?:we are|to find us)|on your list|help you (?:find|choose)|track it down|upgrade|need(?:s)? us)\b/i;

/** True when a reply closes by asking the reviewer back or to buy again. */
export function asksBack(reply: string): boolean {
  const last = lastSentenceOf(reply);
  return ASKS_BACK.test(last) || ASK_BACK_LINES.some((line) => line.test(last));
}

// A close that wishes the reviewer well and asks nothing: "All the very best to you and yours", "Take good care".
const WISHES_WELL =
  /\b(?:all the (?:very )?best|(?:best|warmest|good) wish(?:es)?|take (?:good )?care|wishing you|(?:warm|kind) regards|look after yourself|have a (?:lovely|wonderful) week)\b/i;
/** True when a reply closes on a wish for the reviewer rather than an invitation. */
export const wishesWell = (reply: string): boolean => WISHES_WELL.test(lastSentenceOf(reply));

/**
 * How many of the latest notes a kind of close is kept out of: with two, no three neighbouring notes carry the same
 * kind twice, so a page's closes run invitation, wish, neither, and round again.
 */
export const CLOSE_SPAN = 2;
/**
 * How many of the latest notes an invitation back is kept out of: one, so no two neighbouring notes ask the reviewer
 * back, and every other note does. A reader misses the invitation in a happy note far more than they notice one in
 * every second note of a page, so invitations are kept out of fewer notes than wishes are.
 */
export const ASK_SPAN = 1;
