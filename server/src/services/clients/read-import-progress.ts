import { running } from './running-imports.ts';

export function readImportProgress(orgId: string, importId: string) {
  const p = running.get(importId);
  if (!p || p.orgId !== orgId) return null;
  return { done: p.done, total: p.total, isFinished: p.finishedAt !== null };
}
