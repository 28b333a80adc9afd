import { keepMs, running } from './running-imports.ts';

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
