import type { BusinessProfile } from './business-profile.ts';
import { movesAway } from './thanks-subject.ts';
import { movingAwayClose } from './thanks-wording.ts';

/**
 * Closes fitted to what the review says of the reviewer: someone who has left the area is sent off, someone who
 * hopes never to need the place again is wished well rather than asked back, a resident is not "had in" like a
 * shopper, and a buyer of a present is not told to enjoy it.
 */

// "I hope not to be back soon", "hope I never need them again", "the last place I ever want to be".
const HOPES_NOT_TO_NEED =
  /(?<!\p{L})(?:hope (?:not to|never to|(?:i|we) (?:never|don't|do not|won't|will not))(?: \p{L}+)? (?:be back|come back|return|need|have to|go back|see)|(?:the )?last place (?:i|we|anyone)(?: \p{L}+){0,2} wants? to be)(?!\p{L})/iu;

// Someone who lives at the place: a lease renewed, a resident, "my apartment".
const RESIDENT =
  /(?<!\p{L})(?:lease|leases|renew(?:ed|ing|al)?|tenants?|residents?|(?:my|our) (?:apartment|flat|unit)|moved in|(?:live|lived|living) here|is (?:my|our) home|call (?:it|this place) home)(?!\p{L})/iu;

// A product bought for someone else: "I bought this for my folks", "a Christmas present for my son".
const GIFT =
  /(?<!\p{L})(?:(?:bought|got|purchased|ordered|gave) (?:this|these|it|them|one|a pair|two)(?: \p{L}+){0,2} (?:for|to) (?:my|our) (?:folks|parents|mom|mum|dad|mother|father|son|daughter|kids?|children|wife|husband|partner|girlfriend|boyfriend|brother|sister|grand\p{L}+|niece|nephew|friend|in-laws)|as an? (?:gift|present)|(?:christmas|birthday|anniversary|xmas) (?:gift|present))(?!\p{L})/iu;

// "Not sure if I would stay there again", "we probably won't be back": a reviewer in two minds about returning.
const DOUBTS_RETURN =
  /(?<!\p{L})(?:(?:not sure|unsure|undecided|(?:don't|do not) know)(?: if| whether)? (?:i|we)(?:'d|'ll| would| will| should)? (?:ever )?(?:stay|come|go|return|be back|eat|visit|shop|book|use)(?: \p{L}+){0,2} (?:again|back)|(?:i|we) (?:may|might|probably) not (?:stay|come|go|be|return)(?: \p{L}+){0,2} (?:again|back)|(?:i|we) (?:probably|likely) (?:won't|will not|wouldn't|would not) (?:stay|come|go|be|return)(?: \p{L}+){0,2} (?:again|back))(?!\p{L})/iu;

/** True when the reviewer is unsure they will come back. */
export const doubtsReturn = (text: string): boolean => DOUBTS_RETURN.test(text.replace(/’/g, "'"));

// For a reviewer in two minds about coming back: no welcome taken for granted, no promise of a better visit.
const maybeBack = [
  'Should you decide to come back, we would be glad to have you.',
  'If you do give us another try, it would be a pleasure to see you.',
  'Whatever you decide, thank you for giving us a fair hearing.',
];

/** True when the reviewer hopes never to need the place again. */
export const hopesNotToNeed = (text: string): boolean => HOPES_NOT_TO_NEED.test(text.replace(/’/g, "'"));

/** True when the reviewer bought the product for someone else. */
export const boughtAsGift = (text: string): boolean => GIFT.test(text.replace(/’/g, "'"));

// A practice never confirms the reviewer was a patient: the send-off says nothing of their time with us.
const practiceMovedAway = [
  'All the best wherever life has taken you.',
  'Wishing you every good thing in your new home.',
  'It is lovely to be remembered from so far away; all the best to you.',
];

const practiceKeepWell = [
  'Wishing you and your family good health.',
  'Here is to good health, and to needing us as little as possible.',
  'We hope the months ahead keep you well.',
];

const keepWell = [
  'Here is hoping you will not need us again for a long while, and we are here if you do.',
  'May it be a long time before you need us, and we will be ready if you do.',
];

const resident = [
  'We are delighted you are staying on, and we are here whenever you need anything.',
  'Here is to another happy year in your home.',
  'It is lovely to know you feel at home here.',
];

/**
 * For a present: the shop hopes it is a hit, never "enjoy it" to someone who gave it away; the word "gift" is left to
 * the reviewer, since from a shop it reads as an offer.
 */
export const giftClose = [
  'I hope the present gets plenty of use, and that you will visit us again.',
  'What a thoughtful present; I hope it is a hit for years to come, and do come back and see us.',
  'I hope it goes down well with whoever unwrapped it; and do come and see us again.',
];

// "I moved to Boston", "had I not moved across the country": the reviewer has already gone.
const MOVED_ALREADY =
  /(?<!\p{L})(?:(?:i|we) (?:have |had |just |recently )?(?:moved|relocated)|had (?:i|we) not moved)(?!\p{L})/iu;

/** The pool of closes the reviewer's own circumstances call for, or null when an ordinary invitation fits. */
export function closeForReviewer(profile: BusinessProfile, text: string): readonly string[] | null {
  // A move already made ("this past summer I moved to Boston") is wished well as done, never as one still ahead.
  if (movesAway(text))
    return profile.regulated
      ? practiceMovedAway
      : MOVED_ALREADY.test(text.replace(/’/g, "'"))
        ? movingAwayClose.filter((line) => !/\bthe move\b/.test(line))
        : movingAwayClose;
  if (hopesNotToNeed(text)) return profile.regulated ? practiceKeepWell : keepWell;
  if (doubtsReturn(text)) return maybeBack;
  // A shopper is "had in"; someone who lives at the place is not, wherever the profile files it.
  if (!profile.regulated && ['general', 'professional'].includes(profile.sector) && RESIDENT.test(text))
    return resident;
  return null;
}
