/**
 * The carrier-standard reply words. Matched on the whole trimmed message, case-insensitively, so "Stop" and
 * "STOP." opt out while "please don't stop the offers" does not.
 */
const stopWords = new Set(['STOP', 'STOPALL', 'UNSUBSCRIBE', 'CANCEL', 'END', 'QUIT', 'OPTOUT', 'REVOKE']);
const startWords = new Set(['START', 'UNSTOP', 'YES', 'OPTIN']);
const helpWords = new Set(['HELP', 'INFO']);

export type SmsKeyword = 'stop' | 'start' | 'help';

export function parseSmsKeyword(body: string): SmsKeyword | null {
  const word = body
    .trim()
    .replace(/[.!\s]+$/u, '')
    .toUpperCase();
  if (stopWords.has(word)) return 'stop';
  if (startWords.has(word)) return 'start';
  if (helpWords.has(word)) return 'help';
  return null;
}
