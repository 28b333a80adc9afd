import { franc } from 'franc-min';
import { lookUpWord } from './lexicon.ts';

const ISO3_TO_ISO1: Record<string, string> = {
  eng: 'en',
  deu: 'de',
  fra: 'fr',
  spa: 'es',
  ita: 'it',
  por: 'pt',
  nld: 'nl',
  pol: 'pl',
  rus: 'ru',
  ukr: 'uk',
  tur: 'tr',
  swe: 'sv',
  dan: 'da',
  nob: 'no',
  fin: 'fi',
  ces: 'cs',
  ron: 'ro',
  hun: 'hu',
  ell: 'el',
  arb: 'ar',
  heb: 'he',
  hin: 'hi',
  ben: 'bn',
  jpn: 'ja',
  kor: 'ko',
  cmn: 'zh',
  vie: 'vi',
  ind: 'id',
  tha: 'th',
  fas: 'fa',
};

const ENGLISH_FUNCTION_WORDS = new Set(
  'the a an and or but is was are were it this that i we you they he she my our your of to in on for with not no at be have had has do did very so'.split(
    ' ',
  ),
);

/** Share of words that are common English function words or in our English lexicon; high for any English text, low for most others. */
function englishShare(text: string): number {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length === 0) return 0;
  return (
    words.filter((w) => ENGLISH_FUNCTION_WORDS.has(w) || lookUpWord(w) !== undefined).length / words.length
  );
}

/**
 * The review's language as a two-letter code, or null when it cannot be told. A declared language wins; otherwise
 * trigram detection is used, overruled when the text is plainly full of English function words.
 */
export function detectLanguage(text: string, declared?: string | null): string | null {
  const primary = declared?.trim().toLowerCase().split(/[-_]/)[0];
  if (primary && /^[a-z]{2,3}$/.test(primary)) return ISO3_TO_ISO1[primary] ?? primary;
  const share = englishShare(text);
  if (share >= 0.2) return 'en';
  // Trigram guesses on short snippets are unreliable; an unknown language is read as English rather than misjudged.
  if (text.trim().length < 60) return null;
  const guess = franc(text, { minLength: 60 });
  if (guess === 'und') return null;
  return ISO3_TO_ISO1[guess] ?? guess;
}
