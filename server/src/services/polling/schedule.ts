import { Cron } from 'croner';

/** A paused job for the expression (it never runs), or null when it is not five or six fields croner accepts. */
function cronOf(expression: string): Cron | null {
  const trimmed = expression.trim();
  const fields = trimmed.split(/\s+/).length;
  if (trimmed === '' || fields < 5 || fields > 6) return null;
  try {
    return new Cron(trimmed, { paused: true });
  } catch {
    return null;
  }
}

/** Is this a cron expression our poller understands? Five fields, or six with seconds first. */
export function isValidCron(expression: string): boolean {
  return cronOf(expression) !== null;
}

/** The first time strictly after `from` that a cron expression names, or null when it is not valid. */
export function nextCronTime(expression: string, from: Date): Date | null {
  return cronOf(expression)?.nextRun(from) ?? null;
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
