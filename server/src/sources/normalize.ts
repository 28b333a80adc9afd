export { type DateOptions, toIsoDate, zoneOffsetMs } from './normalize/dates.ts';
export { reviewFingerprint } from './normalize/fingerprint.ts';
export { detectLanguage } from './normalize/language.ts';
export { parseNumber } from './normalize/number.ts';
export { normalizeRating, parseRatingValue, type RatingParts, scaleToFive } from './normalize/rating.ts';
export {
  type CleanTextOptions,
  cleanOptional,
  cleanText,
  decodeEntities,
  htmlToText,
} from './normalize/text.ts';
