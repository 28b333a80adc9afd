import type { SecretName } from '@rebound/shared';
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { pollRuns, sources } from '../../db/schema/index.ts';
import { notFound } from '../errors.ts';
import { type StoredSourceConfig, settingsOf } from './source-config.ts';

const secretNamesByKind: Partial<Record<string, SecretName[]>> = {
  yelp: ['apiKey'],
  google: ['clientSecret', 'refreshToken'],
  webhook: ['webhookSecret'],
  app_store_connect: ['privateKey'],
  google_play: ['serviceAccountJson'],
};

const sourceColumns = {
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
const runColumns = {
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

function toRunView(run: Omit<PollRunView, 'durationMs'>): PollRunView {
  return { ...run, durationMs: run.finishedAt ? run.finishedAt.getTime() - run.startedAt.getTime() : null };
}

/** A source as the dashboard sees it: settings, schedule, health, whether each secret is set (never the secret). */
function toSourceView(row: SourceRow, runs: PollRunView[]) {
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

/** Every source of the organization with its last few poll runs. */
export async function listSources(
  db: Db,
  orgId: string,
  opts: { runsPerSource?: number } = {},
): Promise<SourceView[]> {
  const rows = await db
    .select(sourceColumns)
    .from(sources)
    .where(eq(sources.orgId, orgId))
    .orderBy(sources.name, sources.createdAt);
  if (!rows.length) return [];
  const perSource = opts.runsPerSource ?? 5;
  const ranked = db
    .select({
      ...runColumns,
      rank: sql<number>`row_number() over (partition by ${pollRuns.sourceId} order by ${pollRuns.startedAt} desc)`.as(
        'rank',
      ),
    })
    .from(pollRuns)
    .where(
      and(
        eq(pollRuns.orgId, orgId),
        inArray(
          pollRuns.sourceId,
          rows.map((r) => r.id),
        ),
      ),
    )
    .as('ranked');
  const runs = await db
    .select()
    .from(ranked)
    .where(sql`${ranked.rank} <= ${perSource}`)
    .orderBy(desc(ranked.startedAt));
  const bySource = new Map<string, PollRunView[]>();
  for (const { rank: _rank, ...run } of runs) {
    const list = bySource.get(run.sourceId) ?? [];
    list.push(toRunView(run));
    bySource.set(run.sourceId, list);
  }
  return rows.map((row) => toSourceView(row, bySource.get(row.id) ?? []));
}

export async function getSource(db: Db, orgId: string, sourceId: string): Promise<SourceView> {
  const [row] = await db
    .select(sourceColumns)
    .from(sources)
    .where(and(eq(sources.orgId, orgId), eq(sources.id, sourceId)));
  if (!row) throw notFound('Source');
  return toSourceView(row, await listPollRuns(db, orgId, sourceId, 5));
}

/** The poll-run log of one source, newest first. */
export async function listPollRuns(
  db: Db,
  orgId: string,
  sourceId: string,
  limit: number,
): Promise<PollRunView[]> {
  const runs = await db
    .select(runColumns)
    .from(pollRuns)
    .where(and(eq(pollRuns.orgId, orgId), eq(pollRuns.sourceId, sourceId)))
    .orderBy(desc(pollRuns.startedAt))
    .limit(limit);
  return runs.map(toRunView);
}

/** The full stored row, for services that act on a source; scoped to the organization. */
export async function loadSourceRow(db: Db, orgId: string, sourceId: string) {
  const [row] = await db
    .select()
    .from(sources)
    .where(and(eq(sources.orgId, orgId), eq(sources.id, sourceId)));
  if (!row) throw notFound('Source');
  return row;
}
