import escapeRegExp from 'escape-string-regexp';

/**
 * Google wraps machine translations into the review comment itself, in two layouts:
 *   "(Translated by Google) <translation>\n\n(Original)\n<original>"
 *   "<original>\n\n(Translated by Google)\n<translation>"
 * The label follows the account's interface language, so a few common ones are recognised.
 * Only the reviewer's own words are kept as the review text.
 */
const translatedLabels = [
  'Translated by Google',
  'Traduit par Google',
  'Traducido por Google',
  'Übersetzt von Google',
  'Tradotto da Google',
  'Traduzido pelo Google',
  'Vertaald door Google',
];
const originalLabels = ['Original', 'Originale', 'Origineel'];

const translatedGroup = `\\((?:${translatedLabels.map(escapeRegExp).join('|')})\\)`;
const leadingPattern = new RegExp(
  `^\\s*${translatedGroup}\\s*([\\s\\S]*?)(?:\\n\\s*\\((?:${originalLabels.join('|')})\\)\\s*([\\s\\S]*))?$`,
);
const trailingPattern = new RegExp(`^([\\s\\S]*?)\\n\\s*${translatedGroup}\\s*([\\s\\S]*)$`);

export type SplitComment = { original: string; translation: string | null };

export function splitGoogleTranslation(comment: string): SplitComment {
  const leading = leadingPattern.exec(comment);
  if (leading) {
    const translation = (leading[1] ?? '').trim();
    const original = leading[2];
    // Without an "(Original)" part the translation is all the text we were given.
    if (original === undefined) return { original: translation, translation: null };
    return { original: original.trim(), translation: translation || null };
  }
  const trailing = trailingPattern.exec(comment);
  if (trailing) {
    const original = (trailing[1] ?? '').trim();
    const translation = (trailing[2] ?? '').trim();
    if (original) return { original, translation: translation || null };
  }
  return { original: comment, translation: null };
}
