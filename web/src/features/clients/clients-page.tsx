import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useLocation, useSearch } from 'wouter';
import { useTRPC } from '../../shared/api/trpc.ts';
import { useCan } from '../../shared/auth/use-can.ts';
import { formatDate } from '../../shared/ui/format.ts';
import { ClientForm, type EditableClient } from './client-form.tsx';
import { ImportPanel } from './import-panel.tsx';
import '../../shared/ui/marketing.css';

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
      <div className="fb-table-wrap">
        <table className="fb-table" aria-label="Clients">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Email</th>
              <th scope="col">Tags</th>
              <th scope="col">Last service</th>
              <th scope="col">Consent</th>
              {canManage ? (
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {(list.data ?? []).map((c) => (
              <tr key={c.id}>
                <td>{c.name}</td>
                <td>{c.email}</td>
                <td>{c.tags.join(', ')}</td>
                <td>{formatDate(c.lastServiceAt)}</td>
                <td>{c.isSuppressed ? <span className="badge danger">unsubscribed</span> : c.consent}</td>
                {canManage ? (
                  <td>
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => setEditing({ ...c })}
                      aria-label={`Edit ${c.email}`}
                    >
                      Edit
                    </button>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
