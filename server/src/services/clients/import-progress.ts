/**
 * Progress of imports running in this process, for the dashboard's progress bar. Kept in memory on purpose:
 * it is a convenience while the request runs, and the import's outcome is in its response and the audit log.
 */
type Progress = { orgId: string; done: number; total: number; finishedAt: number | null };

const running = new Map<string, Progress>();
const keepMs = 10 * 60_000;

export function trackImport(orgId: string, importId: string) {
  for (const [id, p] of running) if (p.finishedAt && Date.now() - p.finishedAt > keepMs) running.delete(id);
  running.set(importId, { orgId, done: 0, total: 0, finishedAt: null });
  return {
    update(done: number, total: number) {
      running.set(importId, { orgId, done, total, finishedAt: null });
    },
    finish() {
      const p = running.get(importId);
      if (p) p.finishedAt = Date.now();
    },
  };
}

export function readImportProgress(orgId: string, importId: string) {
  const p = running.get(importId);
  if (!p || p.orgId !== orgId) return null;
  return { done: p.done, total: p.total, isFinished: p.finishedAt !== null };
}
