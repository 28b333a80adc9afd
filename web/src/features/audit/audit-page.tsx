import type { AppRouter } from '@rebound/server/trpc/router';
import { type AuditFilter, auditActionLabel } from '@rebound/shared/schemas/audit';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type { inferRouterOutputs } from '@trpc/server';
import { useId } from 'react';
import { Link, useSearchParams } from 'wouter';
import { messageOf } from '../../shared/api/errors.ts';
import { useTRPC, useTRPCClient } from '../../shared/api/trpc.ts';
import { type DataColumn, DataTable, timeColumn } from '../../shared/ui/data-table.tsx';
import { downloadText } from '../../shared/ui/download-text.ts';
import { WordDiff } from '../../shared/ui/word-diff.tsx';
import './audit.css';

const filterKeys = ['actorUserId', 'reviewId', 'action', 'from', 'to'] as const;
type FilterKey = (typeof filterKeys)[number];
const dayPattern = /^\d{4}-\d{2}-\d{2}$/;
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The filters as the address bar holds them; a malformed value is dropped rather than sent to be refused. */
function filterFrom(params: URLSearchParams): AuditFilter {
  const filter: AuditFilter = {};
  const actor = params.get('actorUserId');
  if (actor && uuidPattern.test(actor)) filter.actorUserId = actor;
  const review = params.get('reviewId');
  if (review && uuidPattern.test(review)) filter.reviewId = review;
  const action = params.get('action');
  if (action) filter.action = action;
  const from = params.get('from');
  if (from && dayPattern.test(from)) filter.from = from;
  const to = params.get('to');
  if (to && dayPattern.test(to)) filter.to = to;
  return filter;
}

type Entry = inferRouterOutputs<AppRouter>['audit']['list']['entries'][number];

const columns = (update: (key: FilterKey, value: string) => void): DataColumn<Entry>[] => [
  timeColumn('When', (e) => e.at),
  { header: 'Who', value: (e) => e.actorLabel, isSortable: true, isRowHeader: true },
  {
    header: 'What',
    value: (e) => auditActionLabel(e.action),
    cellProps: (e) => ({ title: e.action }),
    isSortable: true,
  },
  {
    header: 'Review',
    cell: (e) =>
      e.reviewId ? (
        <>
          <Link href={`/reviews/${e.reviewId}`}>open</Link>
          {' · '}
          <button type="button" className="link-button" onClick={() => update('reviewId', e.reviewId ?? '')}>
            only this review
          </button>
        </>
      ) : null,
  },
  {
    header: 'Change',
    cell: (e) => (
      <>
        {e.change ? <WordDiff change={e.change} /> : null}
        {e.reason ? <span>Reason: {e.reason}</span> : null}
      </>
    ),
  },
];

/** Who did what across the whole organization, filtered in the URL, with edits readable and a CSV of the same. */
export function AuditPage() {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const id = useId();
  const [params, setParams] = useSearchParams();
  const filter = filterFrom(params);
  // The last entries stay in place while a new filter loads, so the table changes once instead of blinking out.
  const log = useQuery({ ...trpc.audit.list.queryOptions(filter), placeholderData: keepPreviousData });
  const exportCsv = useMutation({
    mutationFn: () => client.audit.exportCsv.query(filter),
    onSuccess: (file) => downloadText(file.filename, file.csv),
  });
  const update = (key: FilterKey, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next);
  };
  const people = log.data?.people ?? [];
  const actions = log.data?.actions ?? [];
  return (
    <div className="audit-page">
      <h1>Audit log</h1>
      <form className="audit-filters" aria-label="Audit filters" onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor={`${id}-person`}>Person</label>
          <select
            id={`${id}-person`}
            value={filter.actorUserId ?? ''}
            onChange={(e) => update('actorUserId', e.target.value)}
          >
            <option value="">Everyone</option>
            {people.map((p) => (
              <option key={p.userId} value={p.userId}>
                {p.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-action`}>Action</label>
          <select
            id={`${id}-action`}
            value={filter.action ?? ''}
            onChange={(e) => update('action', e.target.value)}
          >
            <option value="">Any action</option>
            {actions.map((a) => (
              <option key={a} value={a}>
                {auditActionLabel(a)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-from`}>From</label>
          <input
            id={`${id}-from`}
            type="date"
            value={filter.from ?? ''}
            max={filter.to}
            onChange={(e) => update('from', e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-to`}>To</label>
          <input
            id={`${id}-to`}
            type="date"
            value={filter.to ?? ''}
            min={filter.from}
            onChange={(e) => update('to', e.target.value)}
          />
        </div>
        {filter.reviewId ? (
          <p className="audit-review-filter">
            One review only ·{' '}
            <button type="button" className="link-button" onClick={() => update('reviewId', '')}>
              show all reviews
            </button>
          </p>
        ) : null}
        <button type="button" onClick={() => exportCsv.mutate()} disabled={exportCsv.isPending}>
          Export these entries (CSV)
        </button>
        {exportCsv.error ? <span className="error"> {messageOf(exportCsv.error)}</span> : null}
      </form>
      {log.isPending ? <p className="loading">Loading the audit log…</p> : null}
      {log.isError ? (
        <p className="error" role="alert">
          {messageOf(log.error)}
        </p>
      ) : null}
      {log.data ? (
        <DataTable
          label="Audit log entries"
          className="audit-log"
          rows={log.data.entries}
          columns={columns(update)}
          rowKey={(e) => e.id}
          emptyText="Nothing in the audit log matches these filters."
        />
      ) : null}
    </div>
  );
}
