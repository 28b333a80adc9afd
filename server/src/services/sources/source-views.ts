import type { SecretName } from '@rebound/shared';
import { pollRuns, sources } from '../../db/schema/index.ts';
import { type StoredSourceConfig, settingsOf } from './source-config.ts';

const secretNamesByKind: Partial<Record<string, SecretName[]>> = {
  yelp: ['apiKey'],
  google: ['clientSecret', 'refreshToken'],
  webhook: ['webhookSecret'],
  app_store_connect: ['privateKey'],
  google_play: ['serviceAccountJson'],
};

export const sourceColumns = {
  id: sources.id,
  kind: sources.kind,
  name: sources.name,
  locationId: sources.locationId,
  url: sources.url,
  config: sources.config,
  intervalSeconds: sources.intervalSeconds,
  cron: sources.cron,
  isPaused: sources.isPaused,
  health: sources.health,
  lastError: sources.lastError,
  consecutiveFailures: sources.consecutiveFailures,
  nextPollAt: sources.nextPollAt,
  lastPolledAt: sources.lastPolledAt,
  createdAt: sources.createdAt,
};

export const runColumns = {
  id: pollRuns.id,
  sourceId: pollRuns.sourceId,
  startedAt: pollRuns.startedAt,
  finishedAt: pollRuns.finishedAt,
  fetched: pollRuns.fetched,
  created: pollRuns.created,
  updated: pollRuns.updated,
  removed: pollRuns.removed,
  error: pollRuns.error,
};

type SourceRow = { [K in keyof typeof sourceColumns]: (typeof sources.$inferSelect)[K] };

export type PollRunView = {
  id: string;
  sourceId: string;
  startedAt: Date;
  finishedAt: Date | null;
  durationMs: number | null;
  fetched: number;
  created: number;
  updated: number;
  removed: number;
  error: string | null;
};

export function toRunView(run: Omit<PollRunView, 'durationMs'>): PollRunView {
  return { ...run, durationMs: run.finishedAt ? run.finishedAt.getTime() - run.startedAt.getTime() : null };
}

/** A source as the dashboard sees it: settings, schedule, health, whether each secret is set (never the secret). */
export function toSourceView(row: SourceRow, runs: PollRunView[]) {
  const config = row.config as StoredSourceConfig;
  const set = new Set(config.secretsSet ?? []);
  const secrets = Object.fromEntries(
    (secretNamesByKind[row.kind] ?? []).map((n) => [n, set.has(n) ? 'set' : 'not set']),
  ) as Partial<Record<SecretName, 'set' | 'not set'>>;
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    locationId: row.locationId,
    settings: settingsOf(row.url, config),
    schedule: { intervalSeconds: row.intervalSeconds, cron: row.cron },
    isPaused: row.isPaused,
    health: row.health,
    lastError: row.lastError,
    consecutiveFailures: row.consecutiveFailures,
    nextPollAt: row.isPaused ? null : row.nextPollAt,
    lastPolledAt: row.lastPolledAt,
    createdAt: row.createdAt,
    secrets,
    /** Connected with Google or Facebook sign-in (OAuth): offers Reconnect and Disconnect. */
    isConnected: (row.config as { connectedWith?: unknown }).connectedWith === 'oauth',
    lastRuns: runs,
  };
}

export type SourceView = ReturnType<typeof toSourceView>;
