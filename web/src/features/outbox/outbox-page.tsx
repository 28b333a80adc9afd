import type { AppRouter } from '@rebound/server/trpc/router';
import { useQuery } from '@tanstack/react-query';
import type { inferRouterOutputs } from '@trpc/server';
import { useState } from 'react';
import { useLocation, useSearch } from 'wouter';
import { useTRPC } from '../../shared/api/trpc.ts';
import { useCan } from '../../shared/auth/use-can.ts';
import { type DataColumn, DataTable, timeColumn } from '../../shared/ui/data-table.tsx';
import { formatDate } from '../../shared/ui/format.ts';
import '../../shared/ui/marketing.css';

const statuses = ['queued', 'sending', 'sent', 'failed', 'bounced', 'cancelled'] as const;
type Status = (typeof statuses)[number];

type Message = inferRouterOutputs<AppRouter>['outbox']['list'][number];

const messageColumns: DataColumn<Message>[] = [
  { header: 'To', value: (m) => m.toAddress, isSortable: true },
  { header: 'Subject', value: (m) => m.subject, isSortable: true, isRowHeader: true },
  { header: 'Kind', value: (m) => m.kind, isSortable: true },
  { header: 'Status', value: (m) => m.status, isSortable: true },
  { header: 'Attempts', value: (m) => m.attempts, isSortable: true },
  { header: 'Problem', value: (m) => m.lastError ?? '', cell: (m) => m.lastError ?? '' },
  timeColumn('Queued', (m) => m.createdAt, formatDate),
];

export function OutboxPage() {
  const trpc = useTRPC();
  // The message files show campaign mail as it went out: for those who send campaigns.
  const canManage = useCan('campaigns.send');
  const [, navigate] = useLocation();
  const raw = new URLSearchParams(useSearch()).get('status');
  const status = statuses.includes(raw as Status) ? (raw as Status) : undefined;
  const list = useQuery({ ...trpc.outbox.list.queryOptions({ status, limit: 500 }), refetchInterval: 5000 });
  const counts = useQuery(trpc.outbox.counts.queryOptions());
  const mode = useQuery(trpc.outbox.mode.queryOptions());
  const isFileMode = mode.data?.mode === 'file';
  const files = useQuery({ ...trpc.outbox.files.queryOptions(), enabled: isFileMode && canManage });
  const [open, setOpen] = useState<string | null>(null);
  const file = useQuery({
    ...trpc.outbox.file.queryOptions({ file: open ?? 'none.eml' }),
    enabled: Boolean(open),
  });

  return (
    <section>
      <h1>Outbox</h1>
      <p>
        {isFileMode
          ? 'No mail server is configured: messages are written as .eml files in the data folder.'
          : 'Messages go out through the configured mail server.'}
      </p>
      <div className="fb-toolbar">
        <div className="field">
          <label htmlFor="outbox-status">Status</label>
          <select
            id="outbox-status"
            value={status ?? ''}
            onChange={(e) =>
              navigate(e.target.value ? `/outbox?status=${e.target.value}` : '/outbox', { replace: true })
            }
          >
            <option value="">All</option>
            {statuses.map((s) => (
              <option key={s} value={s}>
                {s} ({counts.data?.[s] ?? 0})
              </option>
            ))}
          </select>
        </div>
      </div>
      <DataTable
        label="Outbox messages"
        className="fb-table"
        rows={list.data ?? []}
        columns={messageColumns}
        rowKey={(m) => m.id}
        emptyText={status ? `No ${status} messages.` : 'No messages yet.'}
        csvName={status ? `outbox-${status}` : 'outbox'}
      />
      {isFileMode && canManage ? (
        <section className="card" aria-labelledby="eml-title">
          <h2 id="eml-title">Message files</h2>
          <ul>
            {(files.data ?? []).map((f) => (
              <li key={f.file}>
                <button type="button" className="link-button" onClick={() => setOpen(f.file)}>
                  {f.subject || f.file}
                </button>{' '}
                to {f.to} · {formatDate(f.date)}
              </li>
            ))}
          </ul>
          {file.data ? (
            <>
              <h3>{file.data.file}</h3>
              <pre className="fb-preview">{file.data.raw}</pre>
            </>
          ) : null}
        </section>
      ) : null}
    </section>
  );
}
