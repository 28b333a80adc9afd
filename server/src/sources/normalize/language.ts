import { francAll } from 'franc-min';

// franc speaks ISO 639-3; the rest of the product uses the two-letter ISO 639-1 codes.
const toIso6391: Record<string, string> = {
  spa: 'es',
  eng: 'en',
  por: 'pt',
  ind: 'id',
  fra: 'fr',
  deu: 'de',
  jav: 'jv',
  vie: 'vi',
  ita: 'it',
  tur: 'tr',
  pol: 'pl',
  swh: 'sw',
  sun: 'su',
  ron: 'ro',
  hau: 'ha',
  bos: 'bs',
  hrv: 'hr',
  nld: 'nl',
  srp: 'sr',
  yor: 'yo',
  uzn: 'uz',
  zlm: 'ms',
  ibo: 'ig',
  tgl: 'tl',
  hun: 'hu',
  azj: 'az',
  ces: 'cs',
  plt: 'mg',
  nya: 'ny',
  kin: 'rw',
  zul: 'zu',
  swe: 'sv',
  som: 'so',
  rus: 'ru',
  ukr: 'uk',
  bel: 'be',
  bul: 'bg',
  kaz: 'kk',
  arb: 'ar',
  urd: 'ur',
  pes: 'fa',
  pbu: 'ps',
  hin: 'hi',
  mar: 'mr',
  npi: 'ne',
  cmn: 'zh',
  ben: 'bn',
  jpn: 'ja',
  kor: 'ko',
  tel: 'te',
  tam: 'ta',
  guj: 'gu',
  kan: 'kn',
  mal: 'ml',
  mya: 'my',
  pan: 'pa',
  amh: 'am',
  tha: 'th',
  sin: 'si',
  ell: 'el',
  dan: 'da',
  nob: 'no',
  fin: 'fi',
  heb: 'he',
  fas: 'fa',
};
// Languages reviews are realistically written in; every extra candidate costs trigram time.
const candidates = [
  'eng',
  'spa',
  'por',
  'fra',
  'deu',
  'ita',
  'nld',
  'pol',
  'tur',
  'ind',
  'vie',
  'ron',
  'swe',
  'ces',
  'hun',
  'hrv',
  'rus',
  'ukr',
  'bul',
  'arb',
  'pes',
  'urd',
  'hin',
  'mar',
  'cmn',
  'jpn',
  'kor',
  'ben',
  'tha',
  'ell',
  'tam',
  'tel',
];
// Words frequent in English and rare elsewhere; most reviews are English, and this skips the model.
const englishWords = new Set([
  'the',
  'and',
  'was',
  'it',
  'of',
  'for',
  'this',
  'with',
  'but',
  'have',
  'very',
  'they',
  'you',
  'that',
  'not',
  'my',
  'are',
  'be',
  'were',
  'had',
  'would',
  'will',
  'just',
  'can',
  'our',
  'we',
  'from',
  'there',
  'their',
]);

const kana = /[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f]/g;
const han = /[\u3400-\u4dbf\u4e00-\u9fff]/g;
const hangul = /[\uac00-\ud7af\u1100-\u11ff]/g;
const hebrew = /[\u0590-\u05ff]/g;
const letters = /\p{L}/gu;

/** Enough text for trigram statistics; more only costs time. */
const sampleLength = 280;
const minLatinLetters = 20;

export type LanguageHints = {
  /** A language the source declared (`fr-FR`, `deu`); it wins over any guess. */
  declared?: string | null | undefined;
  /** Words the caller reads as English (triage passes its lexicon): a text made of enough of them is English. */
  isEnglishWord?: ((word: string) => boolean) | undefined;
};

/**
 * Guesses the language of review text as an ISO 639-1 code, or null when the text is too short
 * or too mixed to tell. Scripts that identify a language on their own (kana, hangul) short-cut
 * the trigram model, which otherwise reads kanji-heavy Japanese as Chinese.
 */
export function detectLanguage(text: string): string | null {
  return detectReviewLanguage(text, {});
}

/** The one language detector: `detectLanguage` with what the caller knows besides the text. */
export function detectReviewLanguage(text: string, hints: LanguageHints): string | null {
  const declared = hints.declared?.trim().toLowerCase().split(/[-_]/)[0];
  if (declared && /^[a-z]{2,3}$/.test(declared)) return toIso6391[declared] ?? declared;
  const sample = text.length > sampleLength ? text.slice(0, sampleLength) : text;
  const letterCount = sample.match(letters)?.length ?? 0;
  if (letterCount < 3) return null;
  const kanaCount = sample.match(kana)?.length ?? 0;
  if (kanaCount >= 2 && kanaCount / letterCount > 0.1) return 'ja';
  const hangulCount = sample.match(hangul)?.length ?? 0;
  if (hangulCount / letterCount > 0.3) return 'ko';
  const hebrewCount = sample.match(hebrew)?.length ?? 0;
  if (hebrewCount / letterCount > 0.3) return 'he';
  const hanCount = sample.match(han)?.length ?? 0;
  if (hanCount / letterCount > 0.3) return hanCount >= 4 ? 'zh' : null;
  // Short reviews ("Lovely café, quick puncture fix") carry no function words; known English words decide them.
  if (hints.isEnglishWord && englishShare(text, hints.isEnglishWord) >= 0.2) return 'en';
  if (letterCount < minLatinLetters) return null;
  if (isClearlyEnglish(sample)) return 'en';
  const [best] = francAll(sample, { only: candidates, minLength: minLatinLetters });
  const code = best?.[0];
  return code ? (toIso6391[code] ?? null) : null;
}

function englishShare(text: string, isEnglishWord: (word: string) => boolean): number {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length === 0) return 0;
  return words.filter((w) => englishWords.has(w) || isEnglishWord(w)).length / words.length;
}

function isClearlyEnglish(sample: string): boolean {
  const words = sample.toLowerCase().match(/[a-z']+/g) ?? [];
  let hits = 0;
  for (const word of words) if (englishWords.has(word)) hits += 1;
  return hits >= 2 && hits / words.length >= 0.15 && words.length / (sample.length / 6) > 0.5;
}
