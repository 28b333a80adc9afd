import type { AppRouter } from '@rebound/server/trpc/router';
import { sourceKindLabels } from '@rebound/shared';
import type { inferRouterOutputs } from '@trpc/server';
import { ConfirmButton } from '../../shared/ui/confirm-dialog.tsx';
import { type DataColumn, DataTable, timeColumn } from '../../shared/ui/data-table.tsx';

export type SourceItem = inferRouterOutputs<AppRouter>['sources']['list'][number];

const healthWords = { ok: 'OK', degraded: 'Degraded', failing: 'Failing' } as const;

function when(value: string | Date | null | undefined): string {
  if (!value) return '—';
  const d = new Date(value);
  return Number.isNaN(d.getTime())
    ? '—'
    : d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export function HealthBadge({ health, isPaused }: { health: SourceItem['health']; isPaused: boolean }) {
  if (isPaused) return <span className="health paused">Paused</span>;
  return <span className={`health ${health}`}>{healthWords[health]}</span>;
}

type Actions = {
  canManage: boolean;
  busyId: string | null;
  onPollNow(id: string): void;
  onTogglePause(source: SourceItem): void;
  onEdit(source: SourceItem): void;
  onDelete(id: string): void;
  onImport(source: SourceItem): void;
  /** Offered to owners and admins on Google and Facebook sources. */
  onReconnect?(source: SourceItem): void;
  onDisconnect?(sourceId: string): void;
};

type Run = SourceItem['lastRuns'][number];

const runColumns: DataColumn<Run>[] = [
  timeColumn('Started', (run) => run.startedAt, when),
  {
    header: 'Took',
    value: (run) => (run.durationMs === null ? '…' : `${(run.durationMs / 1000).toFixed(1)} s`),
  },
  { header: 'Found', value: (run) => run.fetched },
  { header: 'New', value: (run) => run.created },
  { header: 'Changed', value: (run) => run.updated },
  { header: 'Removed', value: (run) => run.removed },
  {
    header: 'Result',
    value: (run) => run.error ?? 'ok',
    cell: (run) => (run.error ? <span className="run-error">{run.error}</span> : 'ok'),
  },
];

const platformOf = (kind: string) => (kind === 'facebook' ? 'Facebook' : 'Google');

/** One card per source: health in words, the last error as the site gave it, recent runs, the next poll. */
export function SourceCard({ source, actions }: { source: SourceItem; actions: Actions }) {
  const isPolled = !['csv', 'webhook'].includes(source.kind);
  const busy = actions.busyId === source.id;
  return (
    <li className="source-card" aria-labelledby={`source-${source.id}`}>
      <div className="source-head">
        <h2 id={`source-${source.id}`}>{source.name}</h2>
        <HealthBadge health={source.health} isPaused={source.isPaused} />
      </div>
      <p className="muted">
        {sourceKindLabels[source.kind]}
        {source.settings.url ? (
          <>
            {' '}
            · <span className="source-url">{source.settings.url}</span>
          </>
        ) : null}
      </p>
      {source.kind === 'yelp' ? (
        <p className="note">
          Yelp shares at most three review excerpts per business, so Rebound sees only those.
        </p>
      ) : null}
      {source.lastError ? (
        <p className="source-error" role="status">
          Last problem: {source.lastError}
        </p>
      ) : null}
      <dl className="source-facts">
        <div>
          <dt>Last poll</dt>
          <dd>{when(source.lastPolledAt)}</dd>
        </div>
        {isPolled ? (
          <div>
            <dt>Next poll</dt>
            <dd>{source.isPaused ? 'paused' : when(source.nextPollAt)}</dd>
          </div>
        ) : null}
        <div>
          <dt>Schedule</dt>
          <dd>
            {source.schedule.cron
              ? `cron ${source.schedule.cron}`
              : `every ${Math.round(source.schedule.intervalSeconds / 60)} min`}
          </dd>
        </div>
      </dl>
      <DataTable
        label="Recent runs"
        isLabelVisible
        className="runs"
        rows={source.lastRuns.slice(0, 3)}
        columns={runColumns}
        rowKey={(run) => run.id}
        emptyText="No runs yet."
      />
      {actions.canManage ? (
        <div className="source-actions">
          {isPolled ? (
            <button type="button" disabled={busy} onClick={() => actions.onPollNow(source.id)}>
              {busy ? 'Polling…' : 'Poll now'}
            </button>
          ) : null}
          {source.kind === 'csv' ? (
            <button type="button" onClick={() => actions.onImport(source)}>
              Import CSV
            </button>
          ) : null}
          <button type="button" onClick={() => actions.onTogglePause(source)}>
            {source.isPaused ? 'Resume' : 'Pause'}
          </button>
          {actions.onReconnect &&
          (source.kind === 'google' || source.kind === 'facebook') &&
          (source.health === 'failing' || !source.isConnected) ? (
            <button type="button" className="primary" onClick={() => actions.onReconnect?.(source)}>
              Reconnect {platformOf(source.kind)}
            </button>
          ) : null}
          {actions.onDisconnect && source.isConnected ? (
            <button type="button" onClick={() => actions.onDisconnect?.(source.id)}>
              Disconnect {platformOf(source.kind)}
            </button>
          ) : null}
          {source.kind === 'facebook' ? null : (
            <button type="button" onClick={() => actions.onEdit(source)}>
              Edit
            </button>
          )}
          <ConfirmButton
            label="Delete"
            className="danger"
            title={`Delete ${source.name}?`}
            confirmLabel="Yes, delete"
            cancelLabel="Keep it"
            onConfirm={() => actions.onDelete(source.id)}
          >
            <p>The source and all its reviews are deleted.</p>
          </ConfirmButton>
        </div>
      ) : null}
    </li>
  );
}
