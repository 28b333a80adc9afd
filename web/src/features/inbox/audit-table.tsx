import { useMutation } from '@tanstack/react-query';
import { messageOf } from '../../shared/api/errors.ts';
import { useTRPCClient } from '../../shared/api/trpc.ts';
import { useCan } from '../../shared/auth/use-can.ts';
import { type DataColumn, DataTable, timeColumn } from '../../shared/ui/data-table.tsx';
import { downloadText } from '../../shared/ui/download-text.ts';
import { type ReadableChange, WordDiff } from '../../shared/ui/word-diff.tsx';

type Entry = {
  id: string;
  at: string | Date;
  actorLabel: string;
  action: string;
  detail: Record<string, unknown>;
  change?: ReadableChange | null;
};

const readableAction: Record<string, string> = {
  'reply.drafted': 'drafted',
  'reply.edited': 'edited',
  'reply.regenerated': 'regenerated the draft',
  'reply.alternative_chosen': 'chose an alternative',
  'reply.approved': 'approved',
  'reply.override': 'overrode a blocking finding',
  'reply.rejected': 'rejected',
  'reply.sent_back': 'sent back',
  'reply.posted': 'posted',
  'reply.post_failed': 'posting failed',
  'review.recovered': 'reviewer came back (recovery)',
};

function EntryDetail({ entry }: { entry: Entry }) {
  const d = entry.detail;
  if (entry.change) return <WordDiff change={entry.change} />;
  if (typeof d.reason === 'string') return <span>Reason: {d.reason}</span>;
  if (typeof d.via === 'string')
    return (
      <span>
        {d.via === 'manual'
          ? `by hand${d.url ? ` · ${String(d.url)}` : ''}`
          : `through the API (${String(d.result ?? '')})`}
      </span>
    );
  return null;
}

const columns: DataColumn<Entry>[] = [
  timeColumn('When', (a) => a.at),
  { header: 'Who', value: (a) => a.actorLabel, isSortable: true, isRowHeader: true },
  {
    header: 'What',
    value: (a) => a.action,
    cell: (a) => (
      <>
        {readableAction[a.action] ? `${readableAction[a.action]} ` : null}
        <code>{a.action}</code>
      </>
    ),
    isSortable: true,
  },
  { header: 'Details', cell: (a) => <EntryDetail entry={a} /> },
];

/** Who did what to this review's reply, with the diff of each edit; owners and admins can export the org's log. */
export function AuditTable({ audit }: { audit: Entry[] }) {
  const client = useTRPCClient();
  const canExport = useCan('audit.read');
  const exportCsv = useMutation({
    mutationFn: () => client.audit.exportCsv.query({}),
    onSuccess: (file) => downloadText(file.filename, file.csv),
  });
  return (
    <section>
      <h2>Audit trail</h2>
      {canExport ? (
        <p>
          <button type="button" onClick={() => exportCsv.mutate()} disabled={exportCsv.isPending}>
            Export the organization’s audit log (CSV)
          </button>
          {exportCsv.error ? <span className="error"> {messageOf(exportCsv.error)}</span> : null}
        </p>
      ) : null}
      <DataTable
        label="Audit trail"
        rows={audit}
        columns={columns}
        rowKey={(a) => a.id}
        emptyText="Nothing has been done to this review’s reply yet."
      />
    </section>
  );
}
