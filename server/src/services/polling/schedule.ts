import cron from 'node-cron';

/** Is this a cron expression node-cron (and so our poller) understands? Five fields, or six with seconds. */
export function isValidCron(expression: string): boolean {
  return expression.trim() !== '' && cron.validate(expression.trim());
}

/** The first time after `from` that a cron expression names, or null when it is not valid. */
export function nextCronTime(expression: string, from: Date): Date | null {
  if (!isValidCron(expression)) return null;
  // node-cron computes matches from "now" only; a throwaway task that is never started gives us its matcher.
  const task = cron.createTask(expression.trim(), () => {});
  try {
    const runs = task.getNextRuns(1);
    const [next] = runs;
    if (!next) return null;
    return next.getTime() > from.getTime() ? next : new Date(from.getTime() + 1000);
  } finally {
    void task.destroy();
  }
}

// Spread polls so sources added together do not all fire on the same tick.
export function jitterSeconds(intervalSeconds: number): number {
  return Math.floor(Math.random() * Math.min(60, intervalSeconds * 0.1));
}

/** When a source that just finished a poll is next due: its cron time if it has one, else interval plus jitter. */
export function nextPollAt(source: { intervalSeconds: number; cron: string | null }, from: Date): Date {
  const byCron = source.cron ? nextCronTime(source.cron, from) : null;
  if (byCron) return byCron;
  return new Date(from.getTime() + (source.intervalSeconds + jitterSeconds(source.intervalSeconds)) * 1000);
}
