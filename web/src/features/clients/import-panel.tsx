import { clientImportFields } from '@rebound/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type ChangeEvent, useState } from 'react';
import { messageOf } from '../../shared/api/errors.ts';
import { useTRPC } from '../../shared/api/trpc.ts';
import { FilePreview } from '../../shared/ui/file-preview.tsx';

type Mapping = Record<string, (typeof clientImportFields)[number]>;

const fieldLabels: Record<(typeof clientImportFields)[number], string> = {
  email: 'Email',
  name: 'Name',
  phone: 'Phone',
  tags: 'Tags',
  lastServiceAt: 'Last service date',
  consent: 'Consent',
  smsConsent: 'Consent to texts',
  ignore: 'Do not import',
};

/** Pick a CSV, check the column mapping against the first rows, import, and see each rejected line. */
export function ImportPanel() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [csv, setCsv] = useState('');
  const [mapping, setMapping] = useState<Mapping>({});
  const [importId, setImportId] = useState<string | null>(null);
  const [smsWording, setSmsWording] = useState('');
  const hasSmsConsentColumn = Object.values(mapping).includes('smsConsent');
  const preview = useMutation(
    trpc.clients.previewImport.mutationOptions({ onSuccess: (p) => setMapping(p.suggestedMapping) }),
  );
  const run = useMutation(
    trpc.clients.importCsv.mutationOptions({
      onSettled: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.clients.list.queryKey() });
      },
    }),
  );
  const progress = useQuery({
    ...trpc.clients.importProgress.queryOptions({
      importId: importId ?? '00000000-0000-4000-8000-000000000000',
    }),
    enabled: Boolean(importId) && run.isPending,
    refetchInterval: 300,
  });

  const pick = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (!file) return;
    const text = await file.text();
    setCsv(text);
    run.reset();
    preview.mutate({ csv: text });
  };
  const start = () => {
    const id = crypto.randomUUID();
    setImportId(id);
    run.mutate({
      csv,
      mapping,
      importId: id,
      ...(hasSmsConsentColumn ? { smsConsentWording: smsWording } : {}),
    });
  };
  const headers = preview.data?.headers ?? [];
  const done = progress.data?.done ?? 0;
  const total = progress.data?.total ?? 0;

  return (
    <section className="card" aria-labelledby="import-title">
      <h2 id="import-title">Import clients from CSV</h2>
      <div className="field">
        <label htmlFor="import-file">CSV file</label>
        <input id="import-file" type="file" accept=".csv,text/csv" onChange={pick} />
      </div>
      {preview.error ? (
        <p className="error" role="alert">
          {messageOf(preview.error)}
        </p>
      ) : null}
      {preview.data ? (
        <>
          <p>{preview.data.totalRows} rows. Check what each column holds; the first rows are shown below.</p>
          <fieldset className="import-mapping">
            <legend>What each column holds</legend>
            {headers.map((h, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a column is its position in the file
              <div className="field" key={`${i}-${h}`}>
                <label htmlFor={`map-${i}`}>{h || `Column ${i + 1}`}</label>
                <select
                  id={`map-${i}`}
                  value={mapping[String(i)] ?? 'ignore'}
                  onChange={(e) => setMapping({ ...mapping, [String(i)]: e.target.value as Mapping[string] })}
                >
                  {clientImportFields.map((f) => (
                    <option key={f} value={f}>
                      {fieldLabels[f]}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </fieldset>
          <FilePreview
            className="fb-table"
            headers={headers}
            rows={preview.data.sampleRows}
            headerOf={(h, i) => `${h || `Column ${i + 1}`} → ${fieldLabels[mapping[String(i)] ?? 'ignore']}`}
          />
          {hasSmsConsentColumn ? (
            <div className="field">
              <label htmlFor="sms-consent-wording">Wording clients agreed to for texts</label>
              <textarea
                id="sms-consent-wording"
                value={smsWording}
                maxLength={500}
                onChange={(e) => setSmsWording(e.target.value)}
              />
            </div>
          ) : null}
          <div className="fb-actions">
            <button type="button" className="primary" onClick={start} disabled={run.isPending}>
              Import
            </button>
          </div>
        </>
      ) : null}
      {run.isPending ? (
        <p>
          <label htmlFor="import-progress">Importing…</label>{' '}
          <progress id="import-progress" max={total || undefined} value={total ? done : undefined} />
        </p>
      ) : null}
      {run.error ? (
        <p className="error" role="alert">
          Nothing was imported: {messageOf(run.error)}
        </p>
      ) : null}
      {run.data ? (
        <div role="status">
          <p>
            Imported: {run.data.created} created, {run.data.updated} updated, {run.data.errors.length} rows
            rejected.
          </p>
          {run.data.errors.length ? (
            <ul className="fb-errors" aria-label="Rejected rows">
              {run.data.errors.map((e) => (
                <li key={`${e.line}-${e.reason}`}>
                  Line {e.line}: {e.reason}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
