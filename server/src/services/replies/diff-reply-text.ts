import { createPatch, diffWords } from 'diff';

export type EditDiff = {
  /** Unified diff of the reply, line by line, as `git diff` would show it. */
  patch: string;
  /** Word-level changes only, in order: what a reader of the audit log wants to see at a glance. */
  changes: Array<{ op: 'added' | 'removed'; text: string }>;
};

/** The difference between two versions of a reply, kept in the audit log with every edit. */
export function diffReplyText(before: string, after: string): EditDiff {
  const patch = createPatch('reply', `${before}\n`, `${after}\n`, 'before', 'after', { context: 2 });
  const changes = diffWords(before, after)
    .filter((part) => part.added || part.removed)
    .map((part) => ({ op: part.added ? ('added' as const) : ('removed' as const), text: part.value }))
    .slice(0, 200);
  return { patch, changes };
}
