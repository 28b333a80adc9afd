import { detectReviewLanguage } from '../sources/normalize/language.ts';
import { lookUpWord } from './lexicon.ts';

// Short words our lexicon has no polarity for, yet mark a text as English.
const englishFunctionWords = new Set(
  'the a an and or but is was are were it this that i we you they he she my our your of to in on for with not no at be have had has do did very so'.split(
    ' ',
  ),
);

const isEnglishWord = (word: string) => englishFunctionWords.has(word) || lookUpWord(word) !== undefined;

/**
 * The review's language as a two-letter code, or null when it cannot be told: the product's one detector, told
 * which words triage can read as English, so a text it can read is never judged foreign.
 */
export function detectLanguage(text: string, declared?: string | null): string | null {
  return detectReviewLanguage(text, { declared, isEnglishWord });
}
