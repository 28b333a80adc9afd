/**
 * Progress of imports running in this process, for the dashboard's progress bar. Kept in memory on purpose:
 * it is a convenience while the request runs, and the import's outcome is in its response and the audit log.
 */
export type Progress = { orgId: string; done: number; total: number; finishedAt: number | null };

export const running = new Map<string, Progress>();
export const keepMs = 10 * 60_000;
