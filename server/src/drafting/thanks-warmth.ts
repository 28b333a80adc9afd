/*
 * Stock lines a thank-you may say only where the praise was measured: "An honest account like this is worth having"
 * answers fair comment, and above plain praise or a rave reads as a reply to criticism.
 */

// Words with which a reviewer raves; an exclamation mark counts as one.
const RAVE =
  /(?<!\p{L})(?:amazing|awesome|fantastic|incredible|outstanding|excellent|superb|wonderful|phenomenal|brilliant|exceptional|terrific|fabulous|marvell?ous|love|loved|loves|loving|best|perfect|perfectly|favou?rite|blown away|delicious|gorgeous|stunning|highly recommend(?:ed)?|could(?:n't| not) be happier|10\/10|five stars|5 stars)(?!\p{L})|!/giu;
// Words with which a reviewer holds praise back: "pretty good", "it works and that's all that matters", "decent", a
// list of pros and cons, a doubt that remains ("I am still not very confident with it", "it looks flimsy").
const HEDGE =
  /(?<!\p{L})(?:not (?:very |too |that |so |entirely |completely |totally |fully )?(?:confident|convinced|sure about)|(?:looks?|feels?|seems?) (?:a (?:bit|little) |rather |quite |kind of |somewhat )?(?:flimsy|cheap|fragile)|pretty good|fairly good|quite good|good enough|decent|not bad|okay|ok|alright|all right|fine for|does the job|did the job|does what it (?:says|should)|(?:that's|that is|which is) all (?:that )?(?:really )?matters?|nothing (?:special|fancy|spectacular|out of this world)|adequate|acceptable|satisfactory|passable|average|so-so|no complaints|pros|cons|downside|drawback|minor (?:issue|gripe|complaint)|only (?:complaint|gripe|issue|problem))(?!\p{L})/iu;

/**
 * True when the praise is measured: a three-star (or lower) review, a four-star one with no rave in it, or one that
 * holds its praise back in so many words and raves little if at all.
 */
export function measuredPraise(text: string, rating: number | null | undefined): boolean {
  const raves = (text.match(RAVE) ?? []).length;
  if (rating !== null && rating !== undefined && rating <= 3) return true;
  const hedged = HEDGE.test(text);
  if (rating === 4) return raves === 0 || (hedged && raves < 2);
  return hedged && raves < 2;
}

/** Lines that answer fair comment, never a rave: said only to a reviewer whose praise was measured. */
export const MEASURED_ONLY = /\bhonest account\b|\bfair-minded\b/i;

/**
 * Lines that rate the purchase higher than held-back praise did ("money well spent", "a good choice", "a keeper"):
 * said to "Quite acceptable" they overstate it.
 */
export const RAVE_ONLY =
  /\bmoney well spent\b|\bgood choice\b|\bright choice\b|\bchose well\b|\bpicked well\b|\bsmart move\b|\bgood buy\b|\bworth the money\b|\bjust what you needed\b|\bexactly what you wanted\b|\bsuch a good job\b|\ba keeper\b|\bjust the ticket\b|\bgood match\b|\bwon you over\b|\bexactly the kind of result\b|\bworking so well\b/i;

/** True when a line fits the review, whose praise `measured` says was held back. */
export function fitsWarmth(line: string, read: { measured: boolean }): boolean {
  return read.measured ? !RAVE_ONLY.test(line) : !MEASURED_ONLY.test(line);
}
