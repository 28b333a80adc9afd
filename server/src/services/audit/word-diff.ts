import type { WordDiffPart } from '@rebound/shared/schemas/audit';
import { diffWords } from 'diff';

/** Longest text compared word by word; longer replies are shown whole, before and after, without marks. */
const maxCompared = 20_000;

/**
 * The after-text with the words that were removed and added marked in place, so a reader sees the edit in its
 * sentence instead of a patch. Null when the texts are too long to compare quickly.
 */
export function wordDiff(before: string, after: string): WordDiffPart[] | null {
  if (before.length + after.length > maxCompared) return null;
  return diffWords(before, after).map((part) => ({
    op: part.added ? 'added' : part.removed ? 'removed' : 'same',
    text: part.value,
  }));
}

export type ReadableChange = { before: string; after: string; parts: WordDiffPart[] | null };

/** The before/after texts an audit entry carries (edits, revisions), compared word by word. */
export function readableChange(detail: Record<string, unknown>): ReadableChange | null {
  const { before, after } = detail;
  if (typeof before !== 'string' || typeof after !== 'string') return null;
  return { before, after, parts: wordDiff(before, after) };
}
