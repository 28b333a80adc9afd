import type { AppRouter } from '@rebound/server/trpc/router';
import { useQuery } from '@tanstack/react-query';
import type { inferRouterOutputs } from '@trpc/server';
import { useState } from 'react';
import { useLocation, useSearch } from 'wouter';
import { useTRPC } from '../../shared/api/trpc.ts';
import { useCan } from '../../shared/auth/use-can.ts';
import { type DataColumn, DataTable, timeColumn } from '../../shared/ui/data-table.tsx';
import { formatDate } from '../../shared/ui/format.ts';
import { ClientForm, type EditableClient } from './client-form.tsx';
import { ImportPanel } from './import-panel.tsx';
import '../../shared/ui/marketing.css';

type Client = inferRouterOutputs<AppRouter>['clients']['list'][number];

/** The client list's columns; `onEdit` only for someone who may manage clients. */
const clientColumns = (onEdit: ((client: Client) => void) | null): DataColumn<Client>[] => [
  { header: 'Name', value: (c) => c.name, isSortable: true },
  { header: 'Email', value: (c) => c.email, isSortable: true, isRowHeader: true },
  { header: 'Tags', value: (c) => c.tags.join(', '), isSortable: true },
  timeColumn('Last service', (c) => c.lastServiceAt, formatDate),
  {
    header: 'Consent',
    value: (c) => (c.isSuppressed ? 'unsubscribed' : c.consent),
    cell: (c) => (c.isSuppressed ? <span className="badge danger">unsubscribed</span> : c.consent),
    isSortable: true,
  },
  ...(onEdit
    ? [
        {
          header: 'Actions',
          isHeaderHidden: true,
          cell: (c: Client) => (
            <button
              type="button"
              className="link-button"
              onClick={() => onEdit(c)}
              aria-label={`Edit ${c.email}`}
            >
              Edit
            </button>
          ),
        },
      ]
    : []),
];

export function ClientsPage() {
  const trpc = useTRPC();
  const canManage = useCan('clients.manage');
  const [, navigate] = useLocation();
  const params = new URLSearchParams(useSearch());
  const search = params.get('q') ?? '';
  const tag = params.get('tag') ?? '';
  const list = useQuery(
    trpc.clients.list.queryOptions({ search: search || undefined, tag: tag || undefined, limit: 500 }),
  );
  const [editing, setEditing] = useState<EditableClient | 'new' | null>(null);
  const setFilter = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    navigate(`/clients${next.size ? `?${next}` : ''}`, { replace: true });
  };

  return (
    <section>
      <h1>Clients</h1>
      <div className="fb-toolbar">
        <div className="field">
          <label htmlFor="client-search">Search</label>
          <input
            id="client-search"
            type="search"
            value={search}
            onChange={(e) => setFilter('q', e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="client-tag">Tag</label>
          <input id="client-tag" value={tag} onChange={(e) => setFilter('tag', e.target.value)} />
        </div>
        {canManage ? (
          <button type="button" className="primary" onClick={() => setEditing('new')}>
            Add a client
          </button>
        ) : null}
      </div>
      {editing ? (
        <ClientForm client={editing === 'new' ? null : editing} onDone={() => setEditing(null)} />
      ) : null}
      {canManage ? <ImportPanel /> : null}
      {list.isPending ? <p className="loading">Loading…</p> : null}
      {list.isError ? (
        <p className="error" role="alert">
          {list.error.message}
        </p>
      ) : null}
      <DataTable
        label="Clients"
        className="fb-table"
        rows={list.data ?? []}
        columns={clientColumns(canManage ? (c) => setEditing({ ...c }) : null)}
        rowKey={(c) => c.id}
        emptyText={search || tag ? 'No client matches these filters.' : 'No clients yet.'}
        csvName="clients"
      />
    </section>
  );
}
